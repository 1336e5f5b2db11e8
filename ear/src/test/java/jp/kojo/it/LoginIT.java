package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The two-factor login through the running server: certificate of this very user plus password. */
@ExtendWith(ArquillianExtension.class)
class LoginIT {
    private static final String FAILED = "ログインIDまたはパスワードが正しくないか";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void plainHttpIsRedirectedToHttps() throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(TestServer.httpBase() + "/public/login.xhtml")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().startsWith("https://"));
    }

    @Test
    void publicPageWorksWithoutCertificateAndSaysNoneWasPresented() throws Exception {
        KojoBrowserlessClient anonymous = new KojoBrowserlessClient(null);
        HttpResponse<byte[]> page = anonymous.get("/public/login.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(new String(page.body(), StandardCharsets.UTF_8).contains("電子証明書が提示されていません"));
    }

    @Test
    void protectedPageSendsTheUserToTheLoginPage() throws Exception {
        HttpResponse<byte[]> response = new KojoBrowserlessClient("union01").get("/deduction/list.xhtml");
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/public/login.xhtml"));
    }

    @Test
    void ownCertificateAndPasswordLogInAndTheSessionIdChanges() throws Exception {
        KojoBrowserlessClient client = new KojoBrowserlessClient("union01g");
        client.getText("/public/login.xhtml");
        String before = client.sessionId();
        assertNotNull(before);
        HttpResponse<byte[]> response = client.login("union01g", TestServer.DEMO_PASSWORD);
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/menu.xhtml"));
        assertNotEquals(before, client.sessionId(), "session id must change at login");
        String home = client.getText("/menu.xhtml");
        assertTrue(home.contains("union01g"));
        assertTrue(home.contains("控除依頼リスト照会"));
        assertEquals("SUCCESS", TestServer.queryString(
                "SELECT outcome FROM login_history WHERE login_id = 'union01g' ORDER BY id DESC LIMIT 1"));
    }

    @Test
    void certificateOfAnotherUserWithThatUsersPasswordIsRefused() throws Exception {
        // union01's certificate, payroll01's login id and (correct) password.
        KojoBrowserlessClient client = new KojoBrowserlessClient("union01");
        HttpResponse<byte[]> response = client.login("payroll01", TestServer.DEMO_PASSWORD);
        assertEquals(200, response.statusCode());
        assertTrue(new String(response.body(), StandardCharsets.UTF_8).contains(FAILED));
        assertEquals(302, client.get("/menu.xhtml").statusCode(), "still not logged in");
        assertEquals("CERTIFICATE_OF_ANOTHER_USER", TestServer.queryString(
                "SELECT outcome FROM login_history WHERE login_id = 'payroll01' ORDER BY id DESC LIMIT 1"));
    }

    @Test
    void wrongPasswordGetsTheSameMessageAsAWrongCertificate() throws Exception {
        HttpResponse<byte[]> response = new KojoBrowserlessClient("payroll01g").login("payroll01g", "wrong-password");
        assertEquals(200, response.statusCode());
        String page = new String(response.body(), StandardCharsets.UTF_8);
        assertTrue(page.contains(FAILED));
        assertFalse(page.contains("WRONG_PASSWORD"));
        assertEquals("WRONG_PASSWORD", TestServer.queryString(
                "SELECT outcome FROM login_history WHERE login_id = 'payroll01g' ORDER BY id DESC LIMIT 1"));
    }

    @Test
    void correctPasswordWithoutCertificateIsRefused() throws Exception {
        HttpResponse<byte[]> response = new KojoBrowserlessClient(null).login("bank01", TestServer.DEMO_PASSWORD);
        assertEquals(200, response.statusCode());
        assertTrue(new String(response.body(), StandardCharsets.UTF_8).contains(FAILED));
        assertEquals("NO_CERTIFICATE", TestServer.queryString(
                "SELECT outcome FROM login_history WHERE login_id = 'bank01' ORDER BY id DESC LIMIT 1"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccount() throws Exception {
        // A user of its own: the demo users stay unlocked for every other test.
        String user = TestAccounts.user("lk", TestAccounts.organization(), "MASTER", TestServer.DEMO_PASSWORD, false);
        KojoBrowserlessClient client = new KojoBrowserlessClient(user);
        for (int i = 0; i < 5; i++) {
            client.login(user, "wrong-" + i);
        }
        HttpResponse<byte[]> response = client.login(user, TestServer.DEMO_PASSWORD);
        assertEquals(200, response.statusCode(), "the right password no longer opens a locked account");
        assertEquals("LOCKED", TestServer.queryString(
                "SELECT outcome FROM login_history WHERE login_id = ? ORDER BY id DESC LIMIT 1", user));
        assertTrue(TestAccounts.locked(user));
    }

    @Test
    void roleDecidesWhatALoggedInUserMayOpen() throws Exception {
        KojoBrowserlessClient batchAdmin = new KojoBrowserlessClient("batch01").loggedInAs("batch01");
        String home = batchAdmin.getText("/menu.xhtml");
        assertTrue(home.contains("バッチジョブ管理"));
        assertFalse(home.contains("控除依頼リスト照会"));
        assertEquals(403, batchAdmin.get("/deduction/list.xhtml").statusCode());
    }

    @Test
    void revokedCertificateEndsTheLiveSession() throws Exception {
        String user = TestAccounts.user("rv", TestAccounts.organization(), "MASTER", TestServer.DEMO_PASSWORD, false);
        KojoBrowserlessClient client = new KojoBrowserlessClient(user).loggedInAs(user);
        assertEquals(200, client.get("/menu.xhtml").statusCode());
        TestServer.update("UPDATE client_certificate SET revoked_at = CURRENT_TIMESTAMP WHERE user_id = "
                + "(SELECT id FROM user_account WHERE login_id = ?)", user);
        HttpResponse<byte[]> after = client.get("/menu.xhtml");
        assertEquals(302, after.statusCode());
        assertTrue(after.headers().firstValue("Location").orElseThrow().endsWith("/public/session-ended.xhtml?reason=revoked"),
                "the page says why");
    }

    @Test
    void responsesCarrySecurityHeaders() throws Exception {
        HttpResponse<byte[]> page = new KojoBrowserlessClient(null).get("/public/login.xhtml");
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(null));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertTrue(page.headers().firstValue("Strict-Transport-Security").isPresent());
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(null));
    }
}
