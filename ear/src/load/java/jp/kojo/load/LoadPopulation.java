package jp.kojo.load;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import jp.kojo.account.control.PasswordHasher;
import jp.kojo.calendar.control.BusinessCalendar;
import jp.kojo.calendar.control.JapaneseHolidays;
import jp.kojo.certificate.control.CaKeystore;
import jp.kojo.certificate.control.CertificateAuthority;
import jp.kojo.certificate.control.CertificateIssuer;
import jp.kojo.certificate.control.IssuedCertificate;
import jp.kojo.certificate.control.KeyMaterialSetup;
import jp.kojo.platform.ClockProducer;
import jp.kojo.platform.KojoCredentialStore;

/**
 * The load test's setup step: a population of organisations in a Kojo database, each with a clerk (GENERAL) and a
 * master (MASTER) who have a certificate from that Kojo's own client CA (its data folder) and the same password,
 * one payroll bonus cycle shared by all of them, and {@value #LINES} request lines per organisation. Writes one
 * PKCS12 per user and {@code accounts.csv} (index, clerk, master, cycle) into the output folder, for Gatling's
 * per-user key managers. Arguments: kojoHome dbUrl dbUser dbPassword organisations outputFolder
 */
public final class LoadPopulation {
    public static final String PASSWORD = "Kojo-Load-2026";
    public static final String PASSPHRASE = "kojo-load";
    static final int LINES = 30;
    private static final String[] PRODUCTS = {"10", "20", "30", "40", "50"};
    private static final SecureRandom RANDOM = new SecureRandom();

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        String url = args[1];
        String user = args[2];
        String password = args[3];
        int organisations = Integer.parseInt(args[4]);
        Path out = Path.of(args[5]);
        Files.createDirectories(out);

        Properties kojo = properties(home.resolve("kojo.properties"));
        CertificateAuthority ca = CaKeystore.load(home.resolve(KeyMaterialSetup.CA_KEYSTORE),
                KojoCredentialStore.open(home.resolve(KojoCredentialStore.FILE),
                                kojo.getProperty(KojoCredentialStore.PASSWORD_PROPERTY).toCharArray(), false)
                        .secret(KeyMaterialSetup.CA_PASSWORD).orElseThrow().toCharArray(), Clock.systemUTC());
        String hash = PasswordHasher.hash(PASSWORD.toCharArray());
        String run = Long.toString(Math.abs(RANDOM.nextLong()), 36).substring(0, 5);
        List<String> accounts = new ArrayList<>();
        accounts.add("index,clerk,master,cycle");
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            long cycle = insertCycle(db, paymentDate(home));
            for (int i = 1; i <= organisations; i++) {
                long org = insertOrganisation(db, run, i);
                String clerk = "lc" + run + i;
                String master = "lm" + run + i;
                insertUser(db, clerk, org, "GENERAL", hash, ca, out);
                insertUser(db, master, org, "MASTER", hash, ca, out);
                insertLines(db, cycle, org);
                db.commit();
                accounts.add(i + "," + clerk + "," + master + "," + cycle);
            }
            Files.write(out.resolve("accounts.csv"), accounts, StandardCharsets.UTF_8);
            System.out.println("Load population: " + organisations + " organisations, " + 2 * organisations
                    + " users with certificates, " + organisations * LINES + " request lines in cycle " + cycle
                    + "; accounts and PKCS12 files in " + out);
        }
    }

    /** Three weeks ahead of the server's today (its clock offset, if any): well before the cut-off. */
    private static LocalDate paymentDate(Path home) throws IOException {
        Path serverProperties = home.resolve("server.properties");
        String offset = Files.exists(serverProperties) ? properties(serverProperties).getProperty("kojo.clock.offset") : null;
        ZonedDateTime now = ZonedDateTime.now(ClockProducer.TOKYO);
        LocalDate today = (offset == null ? now : now.plus(Duration.parse(offset))).toLocalDate();
        return new BusinessCalendar(JapaneseHolidays::of).nextBusinessDay(today.plusDays(21));
    }

    /** A bonus cycle in a free year-month of the past century (the real months stay the demo's). */
    private static long insertCycle(Connection db, LocalDate paymentDate) throws SQLException {
        for (int attempt = 0; ; attempt++) {
            String yearMonth = String.format("%04d-%02d", 1900 + RANDOM.nextInt(100), 1 + RANDOM.nextInt(12));
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO deduction_cycle (year_month, kind, deduction_date) "
                    + "VALUES (?, 'BONUS', ?)", new String[] {"id"})) {
                insert.setString(1, yearMonth);
                insert.setObject(2, paymentDate);
                insert.executeUpdate();
                db.commit();
                return key(insert);
            } catch (SQLException taken) {
                db.rollback();
                if (attempt > 20) {
                    throw taken;
                }
            }
        }
    }

    private static long insertOrganisation(Connection db, String run, int i) throws SQLException {
        String contract = String.format("8%04d%05d", Math.abs(run.hashCode()) % 10_000, i);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO organization (contract_number, name, name_kana, type, "
                + "branch_id) SELECT ?, ?, ?, 'EMPLOYER', id FROM branch WHERE code = '101'", new String[] {"id"})) {
            insert.setString(1, contract);
            insert.setString(2, "負荷試験団体 " + contract);
            insert.setString(3, "フカシケンダンタイ");
            insert.executeUpdate();
            long org = key(insert);
            try (PreparedStatement service = db.prepareStatement(
                    "INSERT INTO organization_service (organization_id, service_kind) VALUES (?, 'PAYROLL')")) {
                service.setLong(1, org);
                service.executeUpdate();
            }
            return org;
        }
    }

    private static void insertUser(Connection db, String loginId, long org, String role, String hash,
                                   CertificateAuthority ca, Path out) throws Exception {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ClockProducer.TOKYO));
        long userId;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO user_account (login_id, organization_id, role, "
                + "display_name, email, password_hash, password_changed_at, failed_attempts, created_at, password_must_change) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, FALSE)", new String[] {"id"})) {
            insert.setString(1, loginId);
            insert.setLong(2, org);
            insert.setString(3, role);
            insert.setString(4, "負荷 " + loginId);
            insert.setString(5, loginId + "@load.kojo.example.jp");
            insert.setString(6, hash);
            insert.setTimestamp(7, now);
            insert.setTimestamp(8, now);
            insert.executeUpdate();
            userId = key(insert);
        }
        if ("GENERAL".equals(role)) {
            try (PreparedStatement rights = db.prepareStatement("INSERT INTO user_service_right (user_id, service_kind, "
                    + "may_view, may_update, may_send) VALUES (?, 'PAYROLL', TRUE, TRUE, FALSE)")) {
                rights.setLong(1, userId);
                rights.executeUpdate();
            }
        }
        IssuedCertificate issued = ca.issueClientCertificate(loginId, "負荷 " + loginId, Duration.ofDays(30));
        Files.write(out.resolve(loginId + ".p12"), issued.toPkcs12(loginId, PASSPHRASE.toCharArray()));
        LocalDateTime today = LocalDateTime.now(ClockProducer.TOKYO);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO client_certificate (user_id, serial_hex, subject_dn, "
                + "not_before, not_after, fingerprint_sha256) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, userId);
            insert.setString(2, issued.serialHex());
            insert.setString(3, issued.certificate().getSubjectX500Principal().getName());
            insert.setTimestamp(4, Timestamp.valueOf(today.minusDays(1)));
            insert.setTimestamp(5, Timestamp.valueOf(today.plusDays(30)));
            insert.setString(6, CertificateIssuer.fingerprint(issued.certificate()));
            insert.executeUpdate();
        }
    }

    private static void insertLines(Connection db, long cycle, long org) throws SQLException {
        try (PreparedStatement person = db.prepareStatement("INSERT INTO person (organization_id, person_number, "
                + "employee_number, name_kana, name_kanji) VALUES (?, ?, ?, ?, ?)")) {
            for (int n = 1; n <= LINES; n++) {
                person.setLong(1, org);
                person.setString(2, String.format("%010d", 100 + n));
                person.setString(3, String.format("E%04d", n));
                person.setString(4, (n % 2 == 0 ? "ミナト タロウ" : "ヤマダ ハナコ") + n);
                person.setString(5, (n % 2 == 0 ? "港 太郎" : "山田 花子") + n);
                person.addBatch();
            }
            person.executeBatch();
        }
        try (PreparedStatement line = db.prepareStatement("INSERT INTO deduction_line (cycle_id, organization_id, person_id, "
                + "line_number, product_code, account_branch_code, account_number, requested_amount) SELECT ?, ?, id, ?, ?, "
                + "'101', ?, ? FROM person WHERE organization_id = ? AND person_number = ?")) {
            for (int n = 1; n <= LINES; n++) {
                line.setLong(1, cycle);
                line.setLong(2, org);
                line.setInt(3, n);
                line.setString(4, PRODUCTS[n % PRODUCTS.length]);
                line.setString(5, String.format("%07d", 2000 + n));
                line.setLong(6, 10_000L + 1_000L * n);
                line.setLong(7, org);
                line.setString(8, String.format("%010d", 100 + n));
                line.addBatch();
            }
            line.executeBatch();
        }
    }

    private static long key(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
