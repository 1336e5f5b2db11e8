package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import jp.kojo.certificate.control.CertificateIssuer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A certificate is bound to its user by issuer and serial and by its SHA-256 fingerprint recorded at issue: one
 * signed by Kojo's own CA with a registered serial but another key passes TLS and is refused at login and on
 * any request of a live session.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateBindingIT {
    private static final String PASSWORD = "Binding-pass-2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void aRegisteredSerialWithAnotherKeyIsRefusedAtLogin() throws Exception {
        String loginId = TestAccounts.user("fp", TestAccounts.organization(), "MASTER", PASSWORD, false);
        KeyStore forged = ForgedCertificates.sameSerialOtherKey(loginId);
        X509Certificate forgedCertificate = (X509Certificate) forged.getCertificate(loginId);
        assertEquals(ForgedCertificates.genuine(loginId).getSerialNumber(), forgedCertificate.getSerialNumber());

        HttpResponse<byte[]> refused = KojoBrowserlessClient.presenting(forged, ForgedCertificates.PASSPHRASE)
                .login(loginId, PASSWORD);
        assertEquals(200, refused.statusCode());
        assertTrue(TestAccounts.text(refused).contains("電子証明書が登録されたものではありません"), TestAccounts.text(refused));
        assertEquals("CERTIFICATE_KEY_MISMATCH", lastOutcome(loginId));
        assertEquals(0, TestServer.queryLong("SELECT failed_attempts FROM user_account WHERE login_id = ?", loginId),
                "the right password with a forged certificate counts nothing, as any certificate refusal");

        assertEquals(302, new KojoBrowserlessClient(loginId).login(loginId, PASSWORD).statusCode(),
                "the genuine certificate still logs in");
    }

    @Test
    void aLiveSessionEndsWhenItsSerialComesWithAnotherKey() throws Exception {
        String loginId = TestAccounts.user("fs", TestAccounts.organization(), "MASTER", PASSWORD, false);
        KojoBrowserlessClient genuine = TestAccounts.loggedIn(loginId, PASSWORD);
        assertEquals(200, genuine.get("/menu.xhtml").statusCode());

        KojoBrowserlessClient thief = KojoBrowserlessClient.presenting(ForgedCertificates.sameSerialOtherKey(loginId),
                ForgedCertificates.PASSPHRASE);
        thief.adoptCookiesOf(genuine);
        HttpResponse<byte[]> refused = thief.get("/menu.xhtml");
        assertEquals(302, refused.statusCode());
        String location = refused.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/public/session-ended.xhtml?reason=mismatch"), location);
        assertTrue(thief.getText("/public/session-ended.xhtml?reason=mismatch")
                .contains("登録されている電子証明書と異なる証明書が提示されたため"));
        assertEquals(302, genuine.get("/menu.xhtml").statusCode(), "the session is over for both");
    }

    @Test
    void aRowFromBeforeFingerprintsIsBoundAtTheFirstLogin() throws Exception {
        String loginId = TestAccounts.user("fb", TestAccounts.organization(), "MASTER", PASSWORD, false);
        String serial = ForgedCertificates.genuine(loginId).getSerialNumber().toString(16);
        TestServer.update("UPDATE client_certificate SET fingerprint_sha256 = NULL WHERE serial_hex = ?", serial);

        assertEquals(302, new KojoBrowserlessClient(loginId).login(loginId, PASSWORD).statusCode());
        assertEquals(CertificateIssuer.fingerprint(ForgedCertificates.genuine(loginId)),
                TestServer.queryString("SELECT fingerprint_sha256 FROM client_certificate WHERE serial_hex = ?", serial));

        KeyStore forged = ForgedCertificates.sameSerialOtherKey(loginId);
        assertNotEquals(302, KojoBrowserlessClient.presenting(forged, ForgedCertificates.PASSPHRASE)
                .login(loginId, PASSWORD).statusCode());
        assertEquals("CERTIFICATE_KEY_MISMATCH", lastOutcome(loginId));
    }

    private static String lastOutcome(String loginId) throws Exception {
        return TestServer.queryString("SELECT outcome FROM login_history WHERE login_id = ? ORDER BY id DESC LIMIT 1",
                loginId);
    }
}
