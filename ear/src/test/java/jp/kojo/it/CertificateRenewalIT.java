package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.kojo.platform.ClockProducer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 電子証明書の更新 with the server's clock moved: renewal opens 30 days before expiry (identity check by a mailed
 * code, then a new certificate that revokes the old one), and the daily job mails the holder 30 and 10 days
 * before, each mail once whatever the reruns.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateRenewalIT {
    private static final String PASSWORD = "Renew-pass-2026";

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @BeforeEach
    void startMail() {
        // The test SMTP server runs in this JVM from its first use: before the server mails anything.
        TestMail.server();
    }

    @AfterEach
    void releaseClock() throws Exception {
        new ServerClock(management).release();
    }

    /** A business day a few days ahead, in service hours. */
    private static LocalDateTime someBusinessMorning() {
        LocalDate day = LumpSumFixture.CALENDAR.nextBusinessDay(LumpSumFixture.serverToday().plusDays(3));
        return day.atTime(LocalTime.of(10, 0));
    }

    @Test
    void renewalOpensThirtyDaysBeforeExpiryAndTheNewCertificateRevokesTheOld() throws Exception {
        String loginId = TestAccounts.user("rn", TestAccounts.organization(), "MASTER", PASSWORD, false);
        String oldSerial = CertificateRevocationIT.serialOf(loginId);
        LocalDateTime now = someBusinessMorning();
        new ServerClock(management).pin(now.atZone(ClockProducer.TOKYO));
        expiresAt(oldSerial, now.plusDays(31).withHour(12));

        KojoBrowserlessClient user = TestAccounts.loggedIn(loginId, PASSWORD);
        String closed = user.getText("/account/certificate.xhtml");
        assertTrue(closed.contains("id=\"renewal-closed\"") && !closed.contains("id=\"renew\""), closed);
        assertTrue(closed.contains("30日前"), closed);
        String early = signIn(new KojoBrowserlessClient(null), loginId);
        assertTrue(early.contains("この利用者には有効な電子証明書が発行済みです。"), "31 days before: not yet: " + early);

        expiresAt(oldSerial, now.plusDays(30).withHour(12));
        String open = user.getText("/account/certificate.xhtml");
        assertTrue(open.contains("id=\"renewal-open\"") && open.contains("id=\"renew\""), open);

        KojoBrowserlessClient renewing = new KojoBrowserlessClient(null);
        String started = signIn(renewing, loginId);
        assertTrue(started.contains("電子証明書の更新です。"), started);
        assertTrue(RegistrationSteps.sendCode(renewing).contains("本人認証コードを送りました"));
        String email = RegistrationSteps.email(loginId);
        String issuedPage = RegistrationSteps.issuePkcs12(renewing, TestMail.code(email, TestMail.to(email, TestMail.CODE_SUBJECT).size()));
        assertTrue(issuedPage.contains("電子証明書を発行しました。"), issuedPage);
        HttpResponse<byte[]> download = renewing.get(RegistrationSteps.downloadLink(issuedPage));
        String passphrase = RegistrationSteps.passphrase(issuedPage);
        KeyStore renewed = RegistrationSteps.pkcs12(download.body(), passphrase);
        X509Certificate certificate = (X509Certificate) renewed.getCertificate(renewed.aliases().nextElement());
        assertNotEquals(oldSerial, certificate.getSerialNumber().toString(16));

        assertEquals("SUPERSEDED", TestServer.queryString("SELECT revocation_reason FROM client_certificate "
                + "WHERE serial_hex = ?", oldSerial), "the old one is revoked as the new one is issued");
        HttpResponse<byte[]> ended = user.get("/menu.xhtml");
        assertTrue(ended.headers().firstValue("Location").orElse("").endsWith("/public/session-ended.xhtml?reason=revoked"),
                "the session on the old certificate ends");
        KojoBrowserlessClient withNew = KojoBrowserlessClient.presenting(renewed, passphrase.toCharArray());
        assertEquals(302, withNew.login(loginId, PASSWORD).statusCode(), "the new certificate logs in at once");
        assertTrue(withNew.getText("/account/certificate.xhtml").contains(certificate.getSerialNumber().toString(16)));
    }

    @Test
    void theHolderIsMailedThirtyAndTenDaysBeforeExpiryEachOnce() throws Exception {
        long organization = TestAccounts.organization();
        String loginId = TestAccounts.user("rr", organization, "MASTER", PASSWORD, false);
        String revokedHolder = TestAccounts.user("rv", organization, "GENERAL", PASSWORD, false);
        LocalDateTime start = someBusinessMorning();
        LocalDateTime expiry = start.plusDays(30).withHour(15);
        expiresAt(CertificateRevocationIT.serialOf(loginId), expiry);
        expiresAt(CertificateRevocationIT.serialOf(revokedHolder), expiry);
        TestServer.update("UPDATE client_certificate SET revoked_at = CURRENT_TIMESTAMP, revoked_by = 'test', "
                + "revocation_reason = 'MASTER' WHERE serial_hex = ?", CertificateRevocationIT.serialOf(revokedHolder));
        String email = RegistrationSteps.email(loginId);
        ServerClock clock = new ServerClock(management);

        clock.pin(start.minusDays(1).atZone(ClockProducer.TOKYO));
        run();
        assertEquals(0, TestMail.to(email).size(), "31 days before: nothing yet");

        clock.pin(start.atZone(ClockProducer.TOKYO));
        run();
        assertEquals(1, TestMail.to(email).size());
        MimeMessage first = TestMail.to(email).get(0);
        assertEquals("【Kojo】電子証明書の有効期限のお知らせ（30日前）", first.getSubject());
        String body = String.valueOf(first.getContent());
        assertTrue(body.contains("ログインID " + loginId + " の電子証明書") && body.contains("有効期限: "
                + expiry.getYear() + "年" + expiry.getMonthValue() + "月" + expiry.getDayOfMonth() + "日 15時00分"), body);
        run();
        assertEquals(1, TestMail.to(email).size(), "a rerun sends nothing again");

        clock.pin(start.plusDays(19).atZone(ClockProducer.TOKYO));
        run();
        assertEquals(1, TestMail.to(email).size(), "11 days before: the 30-day mail went already");

        clock.pin(start.plusDays(20).atZone(ClockProducer.TOKYO));
        run();
        run();
        assertEquals(2, TestMail.to(email).size());
        assertEquals("【Kojo】電子証明書の有効期限のお知らせ（10日前）", TestMail.to(email).get(1).getSubject());
        assertEquals(2, TestServer.queryLong("SELECT COUNT(*) FROM certificate_reminder r JOIN client_certificate c "
                + "ON c.id = r.certificate_id WHERE c.serial_hex = ?", CertificateRevocationIT.serialOf(loginId)));
        assertEquals(0, TestMail.to(RegistrationSteps.email(revokedHolder)).size(), "no reminder for a revoked one");
    }

    private static void run() throws Exception {
        // The batch administrator starts the daily job at once; logged in after each move of the clock.
        KojoBrowserlessClient batch = new KojoBrowserlessClient("batch01").loggedInAs("batch01");
        HttpResponse<String> response = batch.postJson("/api/batch/reminders/certificate-expiry", "{}");
        assertEquals(200, response.statusCode(), response.body());
    }

    private static String signIn(KojoBrowserlessClient client, String loginId) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("loginId", loginId);
        fields.put("password", PASSWORD);
        return TestAccounts.text(client.submit("/public/certificate.xhtml", "signin", fields, "submit"));
    }

    private static void expiresAt(String serial, LocalDateTime notAfter) throws Exception {
        TestServer.update("UPDATE client_certificate SET not_after = ? WHERE serial_hex = ?", Timestamp.valueOf(notAfter),
                serial);
    }
}
