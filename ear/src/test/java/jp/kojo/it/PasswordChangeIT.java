package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Password change by the user itself: each rule refuses with its message, no reuse, temporary passwords; history. */
@ExtendWith(ArquillianExtension.class)
class PasswordChangeIT {
    private static final String PASSWORD = "Test-pass-2026";
    private static final String PAGE = "/account/password.xhtml";
    private static final String CHANGED = "【Kojo】パスワード変更のお知らせ";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    private static String change(KojoBrowserlessClient client, String current, String next, String confirmation)
            throws Exception {
        HttpResponse<byte[]> answer = TestAccounts.submit(client, PAGE, "password",
                Map.of("current", current, "newPassword", next, "confirmation", confirmation), "save");
        assertEquals(200, answer.statusCode());
        return TestAccounts.text(answer);
    }

    private static String hash(String loginId) throws Exception {
        return TestServer.queryString("SELECT password_hash FROM user_account WHERE login_id = ?", loginId);
    }

    @Test
    void eachBrokenRuleRefusesTheChangeWithItsMessageAndNothingChanges() throws Exception {
        String user = TestAccounts.user("pw", TestAccounts.organization(), "GENERAL", PASSWORD, false);
        KojoBrowserlessClient client = TestAccounts.loggedIn(user, PASSWORD);
        String before = hash(user);
        Map<String, String[]> cases = Map.of(
                "現在のパスワードが正しくありません", new String[] {"Not-the-current-1", "Good-new-pass-1"},
                "パスワードは10文字以上32文字以下にしてください", new String[] {PASSWORD, "Short-1a"},
                "英字と数字をそれぞれ1文字以上含めてください", new String[] {PASSWORD, "only-letters-here"},
                "半角の英字・数字・記号です", new String[] {PASSWORD, "with space 2027"},
                "パスワードにログインIDを含めることはできません", new String[] {PASSWORD, "x-" + user.toUpperCase() + "-9"});
        for (Map.Entry<String, String[]> refused : cases.entrySet()) {
            String[] typed = refused.getValue();
            String page = change(client, typed[0], typed[1], typed[1]);
            assertTrue(page.contains(refused.getKey()), "expected '" + refused.getKey() + "' for " + typed[1]);
            assertFalse(page.contains(typed[1]), "nothing typed comes back");
            assertFalse(page.contains("パスワードを変更しました"));
        }
        assertTrue(change(client, PASSWORD, "Good-new-pass-1", "Good-new-pass-2")
                .contains("新しいパスワードと確認用のパスワードが一致しません"));
        assertEquals(before, hash(user), "no refused change touched the password");
        assertEquals(0, TestMail.to(RegistrationSteps.email(user), CHANGED).size(), "a refused change mails nothing");
    }

    @Test
    void theLastFivePasswordsCannotBeUsedAgainAndTheNewOneLogsIn() throws Exception {
        String user = TestAccounts.user("pw", TestAccounts.organization(), "GENERAL", PASSWORD, false);
        KojoBrowserlessClient client = TestAccounts.loggedIn(user, PASSWORD);
        assertTrue(change(client, PASSWORD, "First-new-2031", "First-new-2031").contains("パスワードを変更しました"));
        String notice = TestMail.body(TestMail.await(RegistrationSteps.email(user), CHANGED, 1));
        assertTrue(notice.contains("ログインID " + user + " のログインパスワードを"), notice);
        assertFalse(notice.contains("First-new-2031"), "the mail never carries the password");
        assertTrue(change(client, "First-new-2031", "Second-new-2032", "Second-new-2032").contains("パスワードを変更しました"));
        String second = hash(user);
        assertTrue(change(client, "Second-new-2032", PASSWORD, PASSWORD).contains("直近5回と異なるものにしてください"),
                "the first password is one of the last five");
        assertTrue(change(client, "Second-new-2032", "Second-new-2032", "Second-new-2032")
                .contains("直近5回と異なるものにしてください"), "nor is the current one allowed");
        assertEquals(second, hash(user));
        assertEquals(2, TestServer.queryLong("SELECT COUNT(*) FROM password_history h JOIN user_account u "
                + "ON u.id = h.user_id WHERE u.login_id = ?", user));
        assertTrue(change(client, "Second-new-2032", "Third-new-2033", "Third-new-2033").contains("パスワードを変更しました"));
        assertEquals(200, new KojoBrowserlessClient(user).login(user, "Second-new-2032").statusCode());
        assertEquals(302, new KojoBrowserlessClient(user).login(user, "Third-new-2033").statusCode());
    }

    @Test
    void aTemporaryPasswordMustBeChangedBeforeAnythingElseAndCannotBeKept() throws Exception {
        String temporary = "Temp-pass-4711";
        String user = TestAccounts.user("tmp", TestServer.organizationId("1000000001"), "GENERAL", temporary, true);
        KojoBrowserlessClient client = new KojoBrowserlessClient(user);
        HttpResponse<byte[]> login = client.login(user, temporary);
        assertEquals(302, login.statusCode());
        assertTrue(login.headers().firstValue("Location").orElseThrow().endsWith(PAGE));
        for (String page : new String[] {"/deduction/list.xhtml", "/menu.xhtml", "/account/history.xhtml"}) {
            HttpResponse<byte[]> refused = client.get(page);
            assertEquals(302, refused.statusCode(), page);
            assertTrue(refused.headers().firstValue("Location").orElseThrow().endsWith(PAGE), page);
        }
        assertTrue(client.getText(PAGE).contains("仮パスワードでログインしています"));

        assertTrue(change(client, temporary, temporary, temporary).contains("直近5回と異なるものにしてください"),
                "the temporary password cannot be kept");
        assertEquals(1, TestServer.queryLong(
                "SELECT COUNT(*) FROM user_account WHERE login_id = ? AND password_must_change = TRUE", user));
        assertEquals(302, client.get("/deduction/list.xhtml").statusCode());

        assertTrue(change(client, temporary, "Chosen-pass-2029", "Chosen-pass-2029").contains("パスワードを変更しました"));
        assertEquals(0, TestServer.queryLong(
                "SELECT COUNT(*) FROM user_account WHERE login_id = ? AND password_must_change = TRUE", user));
        HttpResponse<byte[]> list = client.get("/deduction/list.xhtml");
        assertEquals(200, list.statusCode());
        assertTrue(TestAccounts.text(list).contains("控除依頼リスト照会"));
    }

    @Test
    void theMenuShowsThePreviousLoginAndTheHistoryTheFailuresSince() throws Exception {
        String user = TestAccounts.user("hs", TestAccounts.organization(), "GENERAL", PASSWORD, false);
        String firstMenu = TestAccounts.loggedIn(user, PASSWORD).getText("/menu.xhtml");
        assertTrue(firstMenu.contains("前回のログインはありません"), firstMenu);
        assertEquals(200, new KojoBrowserlessClient(user).login(user, "Wrong-pass-1").statusCode());
        String address = TestServer.queryString(
                "SELECT remote_address FROM login_history WHERE login_id = ? AND outcome = 'WRONG_PASSWORD'", user);

        KojoBrowserlessClient client = TestAccounts.loggedIn(user, PASSWORD);
        String menu = client.getText("/menu.xhtml");
        assertTrue(menu.matches("(?s).*前回のログイン:.*" + java.util.regex.Pattern.quote(address) + ".*失敗.*"), menu);
        assertFalse(menu.contains("パスワードを1年以上変更していません"));

        String history = client.getText("/account/history.xhtml");
        assertTrue(history.contains("失敗回数: 1"), history);
        String latest = history.substring(history.indexOf("id=\"latest\""));
        latest = latest.substring(0, latest.indexOf("</table>"));
        assertEquals(3, latest.split("<tr class=\"kojo-login-", -1).length - 1, "three attempts in the latest list");

        TestServer.update("UPDATE user_account SET password_changed_at = ? WHERE login_id = ?",
                Timestamp.valueOf(LocalDateTime.now().minusDays(400)), user);
        assertTrue(client.getText("/menu.xhtml").contains("パスワードを1年以上変更していません"), "the yearly reminder");
    }
}
