package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Lockout after five wrong passwords, however many arrive at once, and the audited unlock by master or bank. */
@ExtendWith(ArquillianExtension.class)
class LockoutIT {
    private static final String LOCKED_NOTICE = "【Kojo】ログインIDロックのお知らせ";
    private static final String PASSWORD = "Test-pass-2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void fiveWrongPasswordsLockAndTheRightOneIsThenRefused() throws Exception {
        String user = TestAccounts.user("lk", TestAccounts.organization(), "GENERAL", PASSWORD, false);
        KojoBrowserlessClient client = new KojoBrowserlessClient(user);
        for (int i = 0; i < 5; i++) {
            assertEquals(200, client.login(user, "Wrong-pass-" + i).statusCode());
        }
        HttpResponse<byte[]> right = client.login(user, PASSWORD);
        assertEquals(200, right.statusCode(), "the right password no longer opens a locked account");
        assertTrue(TestAccounts.text(right).contains("ログインIDまたはパスワードが正しくないか"));
        assertTrue(TestAccounts.locked(user));
        assertEquals(5, TestServer.queryLong("SELECT failed_attempts FROM user_account WHERE login_id = ?", user));
        assertEquals("LOCKED", TestServer.queryString(
                "SELECT outcome FROM login_history WHERE login_id = ? ORDER BY id DESC LIMIT 1", user));
    }

    @Test
    void twentyWrongPasswordsAtOnceLockAfterExactlyFive() throws Exception {
        String user = TestAccounts.user("par", TestAccounts.organization(), "GENERAL", PASSWORD, false);
        int attempts = 20;
        CyclicBarrier together = new CyclicBarrier(attempts);
        ExecutorService executor = Executors.newFixedThreadPool(attempts);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                String wrong = "Wrong-pass-" + i;
                answers.add(executor.submit(() -> {
                    KojoBrowserlessClient client = new KojoBrowserlessClient(user);
                    // The form is fetched first, so that all twenty posts leave at the same moment.
                    Map<String, String> form = new java.util.LinkedHashMap<>(
                            KojoBrowserlessClient.formState(client.getText("/public/login.xhtml")));
                    form.putAll(Map.of("login", "login", "login:loginId", user, "login:password", wrong, "login:submit", ""));
                    together.await(60, TimeUnit.SECONDS);
                    return client.post("/public/login.xhtml", form).statusCode();
                }));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(200, answer.get(180, TimeUnit.SECONDS), "every wrong password is refused");
            }
        } finally {
            executor.shutdownNow();
        }
        assertEquals(5, TestServer.queryLong("SELECT failed_attempts FROM user_account WHERE login_id = ?", user));
        assertTrue(TestAccounts.locked(user));
        assertEquals(5, TestServer.queryLong(
                "SELECT COUNT(*) FROM login_history WHERE login_id = ? AND outcome = 'WRONG_PASSWORD'", user));
        assertEquals(15, TestServer.queryLong(
                "SELECT COUNT(*) FROM login_history WHERE login_id = ? AND outcome = 'LOCKED'", user));
        assertEquals(200, new KojoBrowserlessClient(user).login(user, PASSWORD).statusCode(), "right password refused");
        assertEquals(16, TestServer.queryLong(
                "SELECT COUNT(*) FROM login_history WHERE login_id = ? AND outcome = 'LOCKED'", user));
        String notice = TestMail.body(TestMail.await(RegistrationSteps.email(user), LOCKED_NOTICE, 1));
        assertTrue(notice.contains("理由: パスワードを5回続けて誤ったため"), notice);
        Thread.sleep(500); // a second notice, were there one, would be on its way by now
        assertEquals(1, TestMail.to(RegistrationSteps.email(user), LOCKED_NOTICE).size(),
                "the one attempt that locked tells the holder, once");
    }

    @Test
    void aMasterUnlocksItsGeneralUserAndTheUnlockIsAudited() throws Exception {
        long organization = TestAccounts.organization();
        String master = TestAccounts.user("ms", organization, "MASTER", PASSWORD, false);
        String general = TestAccounts.user("gn", organization, "GENERAL", PASSWORD, false);
        TestAccounts.lock(general);
        KojoBrowserlessClient client = TestAccounts.loggedIn(master, PASSWORD);
        String list = client.getText("/account/users.xhtml");
        assertTrue(list.contains(general) && list.contains("ロック中"), list);

        HttpResponse<byte[]> answer = TestAccounts.submit(client, "/account/users.xhtml?user=" + general, "unlock",
                Map.of("loginId", general, "reason", "本人確認済み"), "submit");
        assertTrue(TestAccounts.text(answer).contains("ログインID " + general + " のロックを解除しました"));
        assertFalse(TestAccounts.locked(general));
        assertEquals(0, TestServer.queryLong("SELECT failed_attempts FROM user_account WHERE login_id = ?", general));
        assertEquals(master, TestServer.queryString("SELECT a.unlocked_by FROM account_unlock a JOIN user_account u "
                + "ON u.id = a.user_id WHERE u.login_id = ? AND a.reason = '本人確認済み' AND a.failed_attempts = 5", general));
        assertEquals(302, new KojoBrowserlessClient(general).login(general, PASSWORD).statusCode(), "logs in again");
        String notice = TestMail.body(TestMail.await(RegistrationSteps.email(general), "【Kojo】ログインIDロック解除のお知らせ", 1));
        assertTrue(notice.contains("ログインID " + general + " のロックを"), notice);
    }

    @Test
    void aMasterOfAnotherOrganisationCannotUnlockAndAGeneralUserCannotOpenTheList() throws Exception {
        long organization = TestAccounts.organization();
        String general = TestAccounts.user("gn", organization, "GENERAL", PASSWORD, false);
        TestAccounts.lock(general);
        String otherMaster = TestAccounts.user("ms", TestAccounts.organization(), "MASTER", PASSWORD, false);
        KojoBrowserlessClient other = TestAccounts.loggedIn(otherMaster, PASSWORD);
        assertFalse(other.getText("/account/users.xhtml").contains(general), "another organisation's user is not listed");

        HttpResponse<byte[]> answer = TestAccounts.submit(other, "/account/users.xhtml", "unlock",
                Map.of("loginId", general, "reason", "不正な解除"), "submit");
        assertTrue(TestAccounts.text(answer).contains("ロックを解除できる利用者に、このログインIDはありません"));
        assertTrue(TestAccounts.locked(general));
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM account_unlock a JOIN user_account u "
                + "ON u.id = a.user_id WHERE u.login_id = ?", general));

        String colleague = TestAccounts.user("gn", organization, "GENERAL", PASSWORD, false);
        KojoBrowserlessClient generalClient = TestAccounts.loggedIn(colleague, PASSWORD);
        assertEquals(403, generalClient.get("/account/users.xhtml").statusCode());
        assertEquals(403, generalClient.get("/bank/unlock.xhtml").statusCode());
    }

    @Test
    void theBankUnlocksALockedMasterAndTheUnlockIsAudited() throws Exception {
        long organization = TestAccounts.organization();
        String master = TestAccounts.user("ms", organization, "MASTER", PASSWORD, false);
        TestAccounts.lock(master);
        KojoBrowserlessClient bank = new KojoBrowserlessClient("bank01").loggedInAs("bank01");
        assertTrue(bank.getText("/bank/unlock.xhtml").contains(master));

        HttpResponse<byte[]> answer = TestAccounts.submit(bank, "/bank/unlock.xhtml", "unlock",
                Map.of("loginId", master, "reason", "窓口で本人確認"), "submit");
        assertTrue(TestAccounts.text(answer).contains("ログインID " + master + " のロックを解除しました"));
        assertFalse(TestAccounts.locked(master));
        assertEquals("bank01", TestServer.queryString("SELECT a.unlocked_by FROM account_unlock a JOIN user_account u "
                + "ON u.id = a.user_id WHERE u.login_id = ?", master));
        assertNull(TestServer.queryString("SELECT locked_at FROM user_account WHERE login_id = ?", master));
    }
}
