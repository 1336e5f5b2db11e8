package jp.kojo.it;

import static jp.kojo.it.RegistrationSteps.INITIAL_PASSWORD;
import static jp.kojo.it.RegistrationSteps.PASSWORD;
import static jp.kojo.it.RegistrationSteps.REFUSED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.HexFormat;
import jp.kojo.platform.ClockProducer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * From a contract without users to a master logged in with the certificate Kojo issued it: the bank registers
 * the initial password, the first user registers, proves its mailbox with a one-time code read from the test
 * SMTP server, and gets a PKCS#12 file or a certificate for its own key.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationIT {

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @AfterEach
    void releaseClock() throws Exception {
        new ServerClock(management).release();
    }

    @Test
    void fromAnInitialPasswordToALoginWithTheIssuedPkcs12() throws Exception {
        String contract = RegistrationSteps.contract();
        String bankPage = RegistrationSteps.bankRegisters(contract, INITIAL_PASSWORD);
        assertTrue(bankPage.contains("契約番号 " + contract), bankPage);
        assertFalse(bankPage.contains(INITIAL_PASSWORD), "the initial password is never shown again");
        assertEquals("bank01", TestServer.queryString(
                "SELECT registered_by FROM initial_password p JOIN organization o ON o.id = p.organization_id "
                        + "WHERE o.contract_number = ?", contract));
        assertTrue(TestServer.queryString("SELECT password_hash FROM initial_password p JOIN organization o "
                + "ON o.id = p.organization_id WHERE o.contract_number = ?", contract).startsWith("PBKDF2"));

        String loginId = RegistrationSteps.newLoginId("rg");
        KojoBrowserlessClient visitor = new KojoBrowserlessClient(null);
        HttpResponse<byte[]> registered = RegistrationSteps.register(visitor, contract, INITIAL_PASSWORD, loginId);
        assertEquals(302, registered.statusCode(), TestAccounts.text(registered));
        assertTrue(registered.headers().firstValue("Location").orElse("").endsWith("/public/certificate.xhtml"));
        assertEquals("MASTER", TestServer.queryString("SELECT role FROM user_account WHERE login_id = ?", loginId));
        String page = visitor.getText("/public/certificate.xhtml");
        assertTrue(page.contains("ログインID " + loginId + " の電子証明書を発行します"), page);

        String sent = RegistrationSteps.sendCode(visitor);
        assertTrue(sent.contains("本人認証コードを送りました"), sent);
        String email = RegistrationSteps.email(loginId);
        String code = TestMail.code(email, 1);
        String welcome = TestMail.body(TestMail.await(email, "【Kojo】マスターユーザー登録完了のお知らせ", 1));
        assertTrue(welcome.contains("ログインID " + loginId + " をマスターユーザーとして"), welcome);
        assertNotEquals(code, TestServer.queryString("SELECT code_hash FROM identity_check c JOIN user_account u "
                + "ON u.id = c.user_id WHERE u.login_id = ?", loginId), "only the hash is kept");

        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int left = 4; left >= 0; left--) {
            String answer = RegistrationSteps.issuePkcs12(visitor, wrong);
            assertTrue(answer.contains("あと" + left + "回"), answer);
        }
        String usedUp = RegistrationSteps.issuePkcs12(visitor, code);
        assertTrue(usedUp.contains("新しいコードを送信してください"), "five wrong tries use the code up: " + usedUp);
        assertEquals(0, certificates(loginId));

        RegistrationSteps.sendCode(visitor);
        String issuedPage = RegistrationSteps.issuePkcs12(visitor, TestMail.code(email, 2));
        String passphrase = RegistrationSteps.passphrase(issuedPage);
        String link = RegistrationSteps.downloadLink(issuedPage);
        HttpResponse<byte[]> download = visitor.get(link);
        assertEquals(200, download.statusCode());
        assertEquals(404, visitor.get(link).statusCode(), "the download link works once");

        KeyStore p12 = RegistrationSteps.pkcs12(download.body(), passphrase);
        X509Certificate certificate = (X509Certificate) p12.getCertificate(p12.aliases().nextElement());
        assertEquals("CN=" + loginId + ",O=Kojo users,C=JP", certificate.getSubjectX500Principal().getName());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded())),
                TestServer.queryString("SELECT fingerprint_sha256 FROM client_certificate WHERE serial_hex = ?",
                        certificate.getSerialNumber().toString(16)));
        long days = java.time.Duration.between(certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant()).toDays();
        assertTrue(days == 366, "valid for 366 days (plus the small back-dating): " + days);
        String issuedMail = TestMail.body(TestMail.await(email, "【Kojo】電子証明書発行のお知らせ", 1));
        assertTrue(issuedMail.contains("シリアル番号: " + certificate.getSerialNumber().toString(16)), issuedMail);
        assertFalse(issuedMail.contains(passphrase), "the passphrase is shown once, never mailed");

        KojoBrowserlessClient master = KojoBrowserlessClient.presenting(p12, passphrase.toCharArray());
        assertEquals(302, master.login(loginId, PASSWORD).statusCode(), "the new certificate logs in at once");
        String menu = master.getText("/menu.xhtml");
        assertTrue(menu.contains("id=\"menu-users\""), "the master's menu: " + menu);
    }

    @Test
    void aCsrGetsACertificateForTheUsersOwnKeyAndANewCertificateRevokesTheOld() throws Exception {
        String loginId = RegistrationSteps.newLoginId("cs");
        KojoBrowserlessClient visitor = RegistrationSteps.registeredMaster(loginId);
        RegistrationSteps.sendCode(visitor);
        String email = RegistrationSteps.email(loginId);
        RegistrationSteps.issuePkcs12(visitor, TestMail.code(email, 1));
        String first = TestServer.queryString("SELECT serial_hex FROM client_certificate c JOIN user_account u "
                + "ON u.id = c.user_id WHERE u.login_id = ?", loginId);
        // The first one expires (a new PC later on): the user comes back through login id and password.
        TestServer.update("UPDATE client_certificate SET not_after = ? WHERE serial_hex = ?",
                java.sql.Timestamp.valueOf(LocalDateTime.now(ClockProducer.TOKYO).minusDays(400)), first);

        KojoBrowserlessClient again = new KojoBrowserlessClient(null);
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("loginId", loginId);
        fields.put("password", PASSWORD);
        again.submit("/public/certificate.xhtml", "signin", fields, "submit");
        assertTrue(RegistrationSteps.sendCode(again).contains("本人認証コードを送りました"));
        KeyPair keys = RegistrationSteps.ecKeyPair();
        String page = RegistrationSteps.issue(again, TestMail.code(email, 2), "CSR", RegistrationSteps.csr(keys));
        HttpResponse<byte[]> download = again.get(RegistrationSteps.downloadLink(page));
        assertEquals(200, download.statusCode(), page);
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(download.body()));
        assertEquals(keys.getPublic(), certificate.getPublicKey(), "the certificate is for the user's own key");

        assertEquals(1, TestServer.queryLong("SELECT COUNT(*) FROM client_certificate c JOIN user_account u "
                + "ON u.id = c.user_id WHERE u.login_id = ? AND c.revoked_at IS NULL", loginId), "one live certificate");
        assertEquals(1, TestServer.queryLong("SELECT COUNT(*) FROM client_certificate WHERE serial_hex = ? "
                + "AND revoked_at IS NOT NULL", first), "the old one is revoked");

        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        char[] pass = "browser-keeps-it".toCharArray();
        store.setKeyEntry("me", keys.getPrivate(), pass, new Certificate[] {certificate, caCertificate()});
        KojoBrowserlessClient master = KojoBrowserlessClient.presenting(store, pass);
        assertEquals(302, master.login(loginId, PASSWORD).statusCode());
        assertTrue(master.getText("/menu.xhtml").contains("id=\"menu-users\""));
    }

    @Test
    void aCsrWithAWeakKeyIsRefusedWithoutCostingATry() throws Exception {
        String loginId = RegistrationSteps.newLoginId("wk");
        KojoBrowserlessClient visitor = RegistrationSteps.registeredMaster(loginId);
        RegistrationSteps.sendCode(visitor);
        String code = TestMail.code(RegistrationSteps.email(loginId), 1);
        String weak = RegistrationSteps.issue(visitor, code, "CSR", RegistrationSteps.csr(RegistrationSteps.rsaKeyPair(1024)));
        assertTrue(weak.contains("CSRの鍵が弱すぎます"), weak);
        assertEquals(0, certificates(loginId));
        String strong = RegistrationSteps.issue(visitor, code, "CSR", RegistrationSteps.csr(RegistrationSteps.rsaKeyPair(2048)));
        assertTrue(strong.contains("電子証明書を発行しました"), strong);
        assertEquals(1, certificates(loginId));
    }

    @Test
    void theCodeExpiresAfterTenMinutes() throws Exception {
        String loginId = RegistrationSteps.newLoginId("ex");
        KojoBrowserlessClient visitor = RegistrationSteps.registeredMaster(loginId);
        RegistrationSteps.sendCode(visitor);
        String code = TestMail.code(RegistrationSteps.email(loginId), 1);
        LocalDateTime sentAt = LocalDateTime.parse(TestServer.queryString("SELECT sent_at FROM identity_check c "
                + "JOIN user_account u ON u.id = c.user_id WHERE u.login_id = ?", loginId).replace(' ', 'T'));
        new ServerClock(management).pin(sentAt.plusMinutes(10).plusSeconds(1).atZone(ClockProducer.TOKYO));
        String late = RegistrationSteps.issuePkcs12(visitor, code);
        assertTrue(late.contains("有効期限（10分）が切れました"), late);
        assertEquals(0, certificates(loginId));

        new ServerClock(management).pin(sentAt.plusMinutes(9).atZone(ClockProducer.TOKYO));
        assertTrue(RegistrationSteps.issuePkcs12(visitor, code).contains("電子証明書を発行しました"),
                "the same code nine minutes after it was sent");
    }

    @Test
    void anExpiredInitialPasswordIsRefused() throws Exception {
        String contract = RegistrationSteps.contract();
        RegistrationSteps.bankRegisters(contract, INITIAL_PASSWORD);
        LocalDateTime registeredAt = LocalDateTime.parse(TestServer.queryString("SELECT registered_at FROM initial_password p "
                + "JOIN organization o ON o.id = p.organization_id WHERE o.contract_number = ?", contract).replace(' ', 'T'));
        new ServerClock(management).pin(registeredAt.plusDays(30).plusMinutes(1).atZone(ClockProducer.TOKYO));
        String loginId = RegistrationSteps.newLoginId("ep");
        HttpResponse<byte[]> late = RegistrationSteps.register(new KojoBrowserlessClient(null), contract, INITIAL_PASSWORD, loginId);
        assertEquals(200, late.statusCode());
        assertTrue(TestAccounts.text(late).contains(REFUSED), TestAccounts.text(late));
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM user_account WHERE login_id = ?", loginId));

        new ServerClock(management).pin(registeredAt.plusDays(29).atZone(ClockProducer.TOKYO));
        assertEquals(302, RegistrationSteps.register(new KojoBrowserlessClient(null), contract, INITIAL_PASSWORD, loginId)
                .statusCode(), "the same password on the 29th day");
    }

    @Test
    void theInitialPasswordWorksOnce() throws Exception {
        String contract = RegistrationSteps.contract();
        RegistrationSteps.bankRegisters(contract, INITIAL_PASSWORD);
        assertEquals(302, RegistrationSteps.register(new KojoBrowserlessClient(null), contract, INITIAL_PASSWORD,
                RegistrationSteps.newLoginId("on")).statusCode());
        String second = RegistrationSteps.newLoginId("tw");
        HttpResponse<byte[]> again = RegistrationSteps.register(new KojoBrowserlessClient(null), contract, INITIAL_PASSWORD, second);
        assertTrue(TestAccounts.text(again).contains(REFUSED));
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM user_account WHERE login_id = ?", second));
        assertEquals(1, TestServer.queryLong("SELECT COUNT(*) FROM user_account u JOIN organization o "
                + "ON o.id = u.organization_id WHERE o.contract_number = ? AND u.role = 'MASTER'", contract));
    }

    @Test
    void aContractThatHasAMasterIsRefusedByTheBankAndOnThePublicPage() throws Exception {
        String contract = RegistrationSteps.contract();
        RegistrationSteps.bankRegisters(contract, INITIAL_PASSWORD);
        TestAccounts.user("ms", TestServer.organizationId(contract), "MASTER", PASSWORD, false);
        String loginId = RegistrationSteps.newLoginId("sc");
        HttpResponse<byte[]> refused = RegistrationSteps.register(new KojoBrowserlessClient(null), contract, INITIAL_PASSWORD, loginId);
        assertTrue(TestAccounts.text(refused).contains(REFUSED), TestAccounts.text(refused));
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM user_account WHERE login_id = ?", loginId));
        String bank = RegistrationSteps.bankRegisters(contract, "Other-pass-2026");
        assertTrue(bank.contains("マスターユーザーが登録済みのため"), bank);
    }

    @Test
    void fiveWrongInitialPasswordsLockTheContractAndEveryRefusalReadsTheSame() throws Exception {
        String contract = RegistrationSteps.contract();
        RegistrationSteps.bankRegisters(contract, INITIAL_PASSWORD);
        String loginId = RegistrationSteps.newLoginId("lc");
        String unknown = refusal(RegistrationSteps.register(new KojoBrowserlessClient(null), "0000000000", INITIAL_PASSWORD, loginId));
        for (int i = 0; i < 5; i++) {
            String wrong = refusal(RegistrationSteps.register(new KojoBrowserlessClient(null), contract, "Wrong-pass-" + i, loginId));
            assertEquals(unknown, wrong, "a wrong password reads like an unknown contract");
        }
        String locked = refusal(RegistrationSteps.register(new KojoBrowserlessClient(null), contract, INITIAL_PASSWORD, loginId));
        assertEquals(unknown, locked);
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM user_account WHERE login_id = ?", loginId));
        assertEquals(5, lockState(contract));
        // The bank registers a new initial password from a new form: the lock is lifted.
        RegistrationSteps.bankRegisters(contract, "Renewed-pass-2026");
        assertEquals(302, RegistrationSteps.register(new KojoBrowserlessClient(null), contract, "Renewed-pass-2026", loginId)
                .statusCode());
    }

    @Test
    void twentyWrongInitialPasswordsAtOnceLockAfterExactlyFive() throws Exception {
        String contract = RegistrationSteps.contract();
        RegistrationSteps.bankRegisters(contract, INITIAL_PASSWORD);
        int attempts = 20;
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(attempts);
        java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newFixedThreadPool(attempts);
        java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                String wrong = "Wrong-pass-" + i;
                String loginId = RegistrationSteps.newLoginId("pa");
                answers.add(executor.submit(() -> {
                    KojoBrowserlessClient client = new KojoBrowserlessClient(null);
                    String html = client.getText("/public/register.xhtml");
                    String viewState = KojoBrowserlessClient.viewState(html);
                    java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
                    form.put("register", "register");
                    form.put("register:contractNumber", contract);
                    form.put("register:initialPassword", wrong);
                    form.put("register:loginId", loginId);
                    form.put("register:displayName", "並行 太郎");
                    form.put("register:email", RegistrationSteps.email(loginId));
                    form.put("register:password", PASSWORD);
                    form.put("register:confirmation", PASSWORD);
                    form.put("register:submit", "");
                    form.put("jakarta.faces.ViewState", viewState);
                    form.put(KojoBrowserlessClient.NONCE_INPUT, KojoBrowserlessClient.nonce(html));
                    together.await(60, java.util.concurrent.TimeUnit.SECONDS);
                    return client.post("/public/register.xhtml", form).statusCode();
                }));
            }
            for (var answer : answers) {
                assertEquals(200, answer.get(180, java.util.concurrent.TimeUnit.SECONDS), "every wrong password is refused");
            }
        } finally {
            executor.shutdownNow();
        }
        assertEquals(5, lockState(contract), "counted one after the other, up to the lock");
        String loginId = RegistrationSteps.newLoginId("af");
        HttpResponse<byte[]> right = RegistrationSteps.register(new KojoBrowserlessClient(null), contract, INITIAL_PASSWORD, loginId);
        assertTrue(TestAccounts.text(right).contains(REFUSED), "the right password no longer opens a locked contract");
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM user_account WHERE login_id = ?", loginId));
    }

    /** The failures counted on the contract's live initial password, which must be locked. */
    private static long lockState(String contract) throws Exception {
        assertEquals(1, TestServer.queryLong("SELECT COUNT(*) FROM initial_password p JOIN organization o "
                + "ON o.id = p.organization_id WHERE o.contract_number = ? AND p.superseded_at IS NULL "
                + "AND p.locked_at IS NOT NULL", contract), "the contract's registration is locked");
        return TestServer.queryLong("SELECT failed_attempts FROM initial_password p JOIN organization o "
                + "ON o.id = p.organization_id WHERE o.contract_number = ? AND p.superseded_at IS NULL", contract);
    }

    /** The error message of a refused registration. */
    private static String refusal(HttpResponse<byte[]> response) {
        String html = TestAccounts.text(response);
        assertEquals(200, response.statusCode());
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("kojo-message-error[\\s\\S]*?kojo-message-summary\">([^<]+)<").matcher(html);
        assertTrue(matcher.find(), html);
        assertTrue(matcher.group(1).contains(REFUSED), matcher.group(1));
        return matcher.group(1);
    }

    private static long certificates(String loginId) throws Exception {
        return TestServer.queryLong("SELECT COUNT(*) FROM client_certificate c JOIN user_account u ON u.id = c.user_id "
                + "WHERE u.login_id = ?", loginId);
    }

    private static X509Certificate caCertificate() throws Exception {
        try (var in = java.nio.file.Files.newInputStream(TestServer.clientCaCertificate())) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    static {
        // Started before the first test, so the server's first mail finds it listening.
        TestMail.server();
    }
}
