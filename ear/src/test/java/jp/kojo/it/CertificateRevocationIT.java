package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.kojo.platform.ClockProducer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 電子証明書の失効: by the user itself (PC change), by the master for a general user of its own organisation
 * only, by the bank for a master on a paper request with its reference; each recorded, each ending the
 * holder's live session at its next request with a page saying why. An expired certificate does the same.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateRevocationIT {
    private static final String PASSWORD = "Revoke-pass-2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @BeforeEach
    void startMail() {
        // The test SMTP server runs in this JVM from its first use: before the server mails anything.
        TestMail.server();
    }

    @Test
    void aUserRevokesItsOwnCertificateAndIsLoggedOutWithTheReason() throws Exception {
        long organization = TestAccounts.organization();
        String loginId = TestAccounts.user("ro", organization, "GENERAL", PASSWORD, false);
        String serial = serialOf(loginId);
        KojoBrowserlessClient user = TestAccounts.loggedIn(loginId, PASSWORD);
        String page = user.getText("/account/certificate.xhtml");
        assertTrue(page.contains(serial), page);
        assertTrue(user.getText("/menu.xhtml").contains("id=\"menu-certificate\""));

        String missing = TestAccounts.text(user.submit("/account/certificate.xhtml", "revoke", Map.of("reason", " "), "submit"));
        assertTrue(missing.contains("失効の理由を入力してください。"), missing);
        assertNull(revokedAt(serial));

        HttpResponse<byte[]> revoked = user.submit("/account/certificate.xhtml", "revoke", Map.of("reason", "PC入替え"), "submit");
        assertEquals(302, revoked.statusCode(), TestAccounts.text(revoked));
        assertTrue(revoked.headers().firstValue("Location").orElseThrow().endsWith("/public/session-ended.xhtml?reason=revoked"));
        assertTrue(user.getText("/public/session-ended.xhtml?reason=revoked").contains("電子証明書が失効したため"));
        assertRecorded(serial, loginId, "USER_REQUEST", "PC入替え", null);

        assertEquals(302, user.get("/menu.xhtml").statusCode());
        HttpResponse<byte[]> again = new KojoBrowserlessClient(loginId).login(loginId, PASSWORD);
        assertEquals(200, again.statusCode(), "the revoked certificate no longer logs in");
        assertEquals("CERTIFICATE_NOT_VALID", TestServer.queryString("SELECT outcome FROM login_history "
                + "WHERE login_id = ? ORDER BY id DESC LIMIT 1", loginId));
    }

    @Test
    void theMasterRevokesAGeneralUsersCertificateAndItsLiveSessionEnds() throws Exception {
        long organization = TestAccounts.organization();
        String master = TestAccounts.user("rm", organization, "MASTER", PASSWORD, false);
        String general = TestAccounts.user("rg", organization, "GENERAL", PASSWORD, false);
        String serial = serialOf(general);
        KojoBrowserlessClient generalClient = TestAccounts.loggedIn(general, PASSWORD);
        assertEquals(200, generalClient.get("/menu.xhtml").statusCode());
        assertEquals(403, generalClient.get("/account/users.xhtml").statusCode(), "a general user has no users page");

        KojoBrowserlessClient masterClient = TestAccounts.loggedIn(master, PASSWORD);
        String list = masterClient.getText("/account/users.xhtml");
        assertTrue(list.contains("電子証明書（有効期限）"), list);
        String done = TestAccounts.text(masterClient.submit("/account/users.xhtml?user=" + general, "edit",
                Map.of("reason", "異動"), "revokeCertificate"));
        assertTrue(done.contains(general + " の電子証明書を失効させました。"), done);
        assertTrue(done.contains("電子証明書の失効"), "on the record of acts on users: " + done);
        assertRecorded(serial, master, "MASTER", "異動", null);

        HttpResponse<byte[]> ended = generalClient.get("/menu.xhtml");
        assertEquals(302, ended.statusCode());
        assertTrue(ended.headers().firstValue("Location").orElseThrow().endsWith("/public/session-ended.xhtml?reason=revoked"));
        jakarta.mail.internet.MimeMessage mail = TestMail.await(RegistrationSteps.email(general), 1);
        assertEquals("【Kojo】電子証明書失効のお知らせ", mail.getSubject());
        assertTrue(String.valueOf(mail.getContent()).contains("マスターユーザーによる失効"));
    }

    @Test
    void aMasterCannotRevokeAnotherOrganisationsUser() throws Exception {
        long mine = TestAccounts.organization();
        long theirs = TestAccounts.organization();
        String master = TestAccounts.user("rf", mine, "MASTER", PASSWORD, false);
        String own = TestAccounts.user("rw", mine, "GENERAL", PASSWORD, false);
        String theirUser = TestAccounts.user("rt", theirs, "GENERAL", PASSWORD, false);
        KojoBrowserlessClient masterClient = TestAccounts.loggedIn(master, PASSWORD);
        // A forged post: the edit form of the master's own user, sent with their user's login id as the view parameter.
        String form = masterClient.getText("/account/users.xhtml?user=" + own);
        assertTrue(form.contains("edit:revokeCertificate"), form);
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("user", theirUser);
        forged.put("edit", "edit");
        forged.put("edit:reason", "乗っ取り");
        forged.put("edit:revokeCertificate", "");
        forged.putAll(KojoBrowserlessClient.formState(form));
        String refused = TestAccounts.text(masterClient.post("/account/users.xhtml", forged));
        assertTrue(refused.contains("該当する利用者がいません。ログインIDを確認してください。"), refused);
        assertNull(revokedAt(serialOf(theirUser)), "their user's certificate is untouched");
        assertNull(revokedAt(serialOf(own)), "and so is the one whose form was used");
        assertEquals(200, TestAccounts.loggedIn(theirUser, PASSWORD).get("/menu.xhtml").statusCode());
    }

    @Test
    void theBankRevokesAMastersCertificateOnAPaperRequestWithItsReference() throws Exception {
        long organization = TestAccounts.organization();
        String contract = TestServer.queryString("SELECT contract_number FROM organization WHERE id = ?", organization);
        String master = TestAccounts.user("rb", organization, "MASTER", PASSWORD, false);
        String general = TestAccounts.user("rn", organization, "GENERAL", PASSWORD, false);
        String serial = serialOf(master);
        KojoBrowserlessClient masterClient = TestAccounts.loggedIn(master, PASSWORD);
        assertEquals(200, masterClient.get("/menu.xhtml").statusCode());
        assertEquals(403, masterClient.get("/bank/certificates.xhtml").statusCode(), "a bank screen");

        KojoBrowserlessClient bank = new KojoBrowserlessClient("bank01").loggedInAs("bank01");
        String found = bank.getText("/bank/certificates.xhtml?contract=" + contract);
        assertTrue(found.contains(master) && found.contains(serial), found);
        String path = "/bank/certificates.xhtml?contract=" + contract;
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("loginId", master);
        fields.put("reference", "");
        fields.put("reason", "PC紛失");
        String noReference = TestAccounts.text(bank.submit(path, "revoke", fields, "submit"));
        assertTrue(noReference.contains("電子証明書失効依頼書の受付番号を入力してください。"), noReference);
        assertNull(revokedAt(serial));

        fields.put("loginId", general);
        fields.put("reference", "失効-2026-0042");
        String notAMaster = TestAccounts.text(bank.submit(path, "revoke", fields, "submit"));
        assertTrue(notAMaster.contains("該当する利用者がいません。"), "the bank revokes masters only here: " + notAMaster);
        assertNull(revokedAt(serialOf(general)));

        fields.put("loginId", master);
        String done = TestAccounts.text(bank.submit(path, "revoke", fields, "submit"));
        assertTrue(done.contains(master + " の電子証明書を失効させました。"), done);
        assertTrue(done.contains("失効-2026-0042"), "the recent revocations show the reference: " + done);
        assertRecorded(serial, "bank01", "BANK_REQUEST", "PC紛失", "失効-2026-0042");
        assertEquals("失効-2026-0042", TestServer.queryString("SELECT reference FROM audit_event WHERE "
                + "action = 'MASTER_CERTIFICATE_REVOKED' AND target_login_id = ? AND actor_login_id = 'bank01' "
                + "AND reason = 'PC紛失' AND contract_number = ?", master, contract), "also in the audit log");

        HttpResponse<byte[]> ended = masterClient.get("/menu.xhtml");
        assertEquals(302, ended.statusCode());
        assertTrue(ended.headers().firstValue("Location").orElseThrow().endsWith("/public/session-ended.xhtml?reason=revoked"));
    }

    @Test
    void anExpiredCertificateEndsTheLiveSessionWithTheReason() throws Exception {
        String loginId = TestAccounts.user("rx", TestAccounts.organization(), "MASTER", PASSWORD, false);
        KojoBrowserlessClient user = TestAccounts.loggedIn(loginId, PASSWORD);
        assertEquals(200, user.get("/menu.xhtml").statusCode());
        TestServer.update("UPDATE client_certificate SET not_after = ? WHERE serial_hex = ?",
                Timestamp.valueOf(LocalDateTime.now(ClockProducer.TOKYO).minusMinutes(1)), serialOf(loginId));
        HttpResponse<byte[]> ended = user.get("/menu.xhtml");
        assertEquals(302, ended.statusCode());
        assertTrue(ended.headers().firstValue("Location").orElseThrow().endsWith("/public/session-ended.xhtml?reason=expired"));
        String page = user.getText("/public/session-ended.xhtml?reason=expired");
        assertTrue(page.contains("電子証明書の有効期限が切れたため") && page.contains("id=\"new-certificate\""), page);
    }

    static String serialOf(String loginId) throws Exception {
        return TestServer.queryString("SELECT c.serial_hex FROM client_certificate c JOIN user_account u ON u.id = c.user_id "
                + "WHERE u.login_id = ? ORDER BY c.id DESC LIMIT 1", loginId);
    }

    private static String revokedAt(String serial) throws Exception {
        return TestServer.queryString("SELECT revoked_at FROM client_certificate WHERE serial_hex = ?", serial);
    }

    private static void assertRecorded(String serial, String by, String reason, String note, String reference)
            throws Exception {
        assertNotNull(revokedAt(serial), "revoked");
        assertEquals(by, TestServer.queryString("SELECT revoked_by FROM client_certificate WHERE serial_hex = ?", serial));
        assertEquals(reason, TestServer.queryString("SELECT revocation_reason FROM client_certificate WHERE serial_hex = ?", serial));
        assertEquals(note, TestServer.queryString("SELECT revocation_note FROM client_certificate WHERE serial_hex = ?", serial));
        assertEquals(reference, TestServer.queryString("SELECT revocation_reference FROM client_certificate WHERE serial_hex = ?", serial));
        assertFalse(TestServer.queryString("SELECT revoked_at FROM client_certificate WHERE serial_hex = ?", serial).isBlank());
    }
}
