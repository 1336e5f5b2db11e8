package jp.kojo.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Properties;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The test server as the system tests see it: its address, its data folder, its database, its users. */
public final class TestServer {
    public static final String DEMO_PASSWORD = "Kojo-Demo-2026";
    public static final String CERTIFICATE_PASSPHRASE = "kojo-demo";

    private TestServer() {
    }

    /** The EAR the build made, deployed as it is. */
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("kojo.ear")));
    }

    public static String httpsBase() {
        return "https://localhost:" + System.getProperty("it.https.port", "8543") + "/kojo";
    }

    public static String httpBase() {
        int https = Integer.parseInt(System.getProperty("it.https.port", "8543"));
        return "http://localhost:" + (https - 8443 + 8080) + "/kojo";
    }

    public static Path home() {
        return Path.of(System.getProperty("it.home"));
    }

    public static Path certificate(String loginId) {
        return home().resolve("demo").resolve(loginId + ".p12");
    }

    /** The root certificate: what users (and the tests' clients) trust for the server. */
    public static Path caCertificate() {
        return home().resolve("tls/kojo-ca.crt");
    }

    /** The client CA's certificate: the issuer of users' certificates and of the CRL. */
    public static Path clientCaCertificate() {
        return home().resolve("tls/kojo-client-ca.crt");
    }

    /** TLS as a browser of this user would do it: Kojo's CA trusted, the user's certificate presented. */
    public static SSLContext tls(String loginIdOrNull) {
        if (loginIdOrNull == null) {
            return tls((KeyStore) null, null);
        }
        try (InputStream in = Files.newInputStream(certificate(loginIdOrNull))) {
            KeyStore key = KeyStore.getInstance("PKCS12");
            key.load(in, CERTIFICATE_PASSPHRASE.toCharArray());
            return tls(key, CERTIFICATE_PASSPHRASE.toCharArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** TLS presenting the key and certificate of this key store (null: none), Kojo's root CA trusted. */
    public static SSLContext tls(KeyStore key, char[] passphrase) {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            try (InputStream in = Files.newInputStream(caCertificate())) {
                trust.setCertificateEntry("kojo-root",
                        java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(in));
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            KeyManagerFactory kmf = null;
            if (key != null) {
                kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(key, passphrase);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A key password from the test server's Elytron credential store (kojo.properties keeps only the store's). */
    public static String secret(String name) {
        return jp.kojo.platform.KojoCredentialStore.open(home().resolve(jp.kojo.platform.KojoCredentialStore.FILE),
                        property(jp.kojo.platform.KojoCredentialStore.PASSWORD_PROPERTY).toCharArray(), false)
                .secret(name).orElseThrow();
    }

    /**
     * A property of the test server: its start-up properties ({@code server.properties}: the database, the clock's
     * offset into service hours) or Kojo's own ({@code kojo.properties}: the credential store's password).
     */
    static String property(String name) {
        Properties properties = new Properties();
        for (String file : new String[] {"server.properties", "kojo.properties"}) {
            Path path = home().resolve(file);
            if (!Files.isRegularFile(path)) {
                continue;
            }
            try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return properties.getProperty(name);
    }

    public static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("kojo.db.url"), System.getProperty("kojo.db.user"),
                System.getProperty("kojo.db.password"));
    }

    /** The first column of the first row of a query, as a long. */
    public static long queryLong(String sql, Object... parameters) throws SQLException {
        try (Connection connection = database(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public static String queryString(String sql, Object... parameters) throws SQLException {
        try (Connection connection = database(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    public static int update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = database(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    /**
     * The month DemoData made "this month" of when the server started (Tokyo time). Other tests load cycles
     * of later months (2030, 2031), so "the newest cycle" is not the demo's: tests name the demo's by month.
     */
    public static YearMonth demoMonth() {
        return YearMonth.now(ZoneId.of("Asia/Tokyo"));
    }

    /** The demo's monthly cycle of this month (union01's and payroll01's request lists). */
    public static long demoCycleId() throws SQLException {
        return monthlyCycleId(demoMonth());
    }

    /** The demo's monthly cycle of last month (union01's request list only). */
    public static long demoPreviousCycleId() throws SQLException {
        return monthlyCycleId(demoMonth().minusMonths(1));
    }

    /** How the list screen names the demo's cycle: 2026年12月 月例 in Japanese, 2026/12 Monthly in English. */
    public static String demoCycleLabel(boolean english) {
        YearMonth month = demoMonth();
        return english ? String.format("%d/%02d Monthly", month.getYear(), month.getMonthValue())
                : month.getYear() + "年" + month.getMonthValue() + "月 月例";
    }

    public static long monthlyCycleId(YearMonth month) throws SQLException {
        return queryLong("SELECT id FROM deduction_cycle WHERE kind = 'MONTHLY' AND year_month = ?", month.toString());
    }

    public static long organizationId(String contractNumber) throws SQLException {
        return queryLong("SELECT id FROM organization WHERE contract_number = ?", contractNumber);
    }
}
