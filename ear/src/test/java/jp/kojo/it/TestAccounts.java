package jp.kojo.it;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import jp.kojo.account.control.PasswordHasher;
import jp.kojo.certificate.control.CaKeystore;
import jp.kojo.certificate.control.CertificateAuthority;
import jp.kojo.certificate.control.CertificateIssuer;
import jp.kojo.certificate.control.IssuedCertificate;
import jp.kojo.certificate.control.KeyMaterialSetup;
import jp.kojo.platform.ClockProducer;

/**
 * The account tests' own organisations and users, made fresh for every test so lockouts and password changes
 * never touch the demo users other tests rely on. A user gets a certificate from the test server's CA in the
 * demo folder, where {@link KojoBrowserlessClient} finds it.
 */
public final class TestAccounts {
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestAccounts() {
    }

    /** A new organisation of the demo's head office branch; answers its id. */
    public static long organization() throws SQLException {
        String contract = String.format("9%09d", RANDOM.nextInt(1_000_000_000));
        TestServer.update("INSERT INTO organization (contract_number, name, name_kana, type, branch_id) "
                + "SELECT ?, ?, ?, 'EMPLOYER', id FROM branch WHERE code = '101'", contract, "試験用団体 " + contract,
                "シケンヨウダンタイ");
        return TestServer.organizationId(contract);
    }

    /** A new user of the organisation (MASTER or GENERAL) with a certificate; answers its login id. */
    public static String user(String prefix, long organizationId, String role, String password, boolean mustChange)
            throws Exception {
        String loginId = prefix + Long.toString(Math.abs(RANDOM.nextLong()), 36).substring(0, 8);
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ClockProducer.TOKYO));
        TestServer.update("INSERT INTO user_account (login_id, organization_id, role, display_name, email, password_hash, "
                        + "password_changed_at, failed_attempts, created_at, password_must_change) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)", loginId, organizationId, role, "試験 " + loginId,
                loginId + "@test.kojo.example.jp", PasswordHasher.hash(password.toCharArray()), now, now, mustChange);
        if ("GENERAL".equals(role)) {
            // As the demo's: view and update in every service the organisation has (the master may change it).
            TestServer.update("INSERT INTO user_service_right (user_id, service_kind, may_view, may_update, may_send) "
                    + "SELECT u.id, s.service_kind, TRUE, TRUE, FALSE FROM user_account u JOIN organization_service s "
                    + "ON s.organization_id = u.organization_id WHERE u.login_id = ?", loginId);
        }
        issueCertificate(loginId);
        return loginId;
    }

    /** A client certificate from Kojo's CA for an existing user, registered to it and saved for the test clients. */
    public static void issueCertificate(String loginId) throws Exception {
        long userId = TestServer.queryLong("SELECT id FROM user_account WHERE login_id = ?", loginId);
        CertificateAuthority ca = CaKeystore.load(TestServer.home().resolve(KeyMaterialSetup.CA_KEYSTORE),
                TestServer.secret(KeyMaterialSetup.CA_PASSWORD).toCharArray(), java.time.Clock.systemUTC());
        IssuedCertificate issued = ca.issueClientCertificate(loginId, "試験 " + loginId, Duration.ofDays(30));
        Path file = TestServer.certificate(loginId);
        Files.createDirectories(file.getParent());
        Files.write(file, issued.toPkcs12(loginId, TestServer.CERTIFICATE_PASSPHRASE.toCharArray()));
        LocalDateTime today = LocalDateTime.now(ClockProducer.TOKYO);
        TestServer.update("INSERT INTO client_certificate (user_id, serial_hex, subject_dn, not_before, not_after, "
                        + "fingerprint_sha256) VALUES (?, ?, ?, ?, ?, ?)", userId, issued.serialHex(),
                issued.certificate().getSubjectX500Principal().getName(), Timestamp.valueOf(today.minusDays(1)),
                Timestamp.valueOf(today.plusDays(30)), CertificateIssuer.fingerprint(issued.certificate()));
    }

    /** A client of the user, logged in; fails loudly if the login did not work. */
    static KojoBrowserlessClient loggedIn(String loginId, String password) throws IOException, InterruptedException {
        KojoBrowserlessClient client = new KojoBrowserlessClient(loginId);
        HttpResponse<byte[]> response = client.login(loginId, password);
        if (response.statusCode() != 302) {
            throw new IllegalStateException("Login of " + loginId + " failed: " + response.statusCode());
        }
        return client;
    }

    public static void lock(String loginId) throws SQLException {
        TestServer.update("UPDATE user_account SET failed_attempts = 5, locked_at = CURRENT_TIMESTAMP WHERE login_id = ?",
                loginId);
    }

    public static boolean locked(String loginId) throws SQLException {
        return TestServer.queryLong("SELECT COUNT(*) FROM user_account WHERE login_id = ? AND locked_at IS NOT NULL",
                loginId) == 1;
    }

    /** Opens a page, fills in its form like a person would and presses the button; answers the response. */
    static HttpResponse<byte[]> submit(KojoBrowserlessClient client, String path, String form,
                                       Map<String, String> fields, String button) throws IOException, InterruptedException {
        return client.submit(path, form, fields, button);
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
