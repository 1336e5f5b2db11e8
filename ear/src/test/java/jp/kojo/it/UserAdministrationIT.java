package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * ユーザー管理 through the running server: a master adds a general user with rights per service, the user logs
 * in with the temporary password and must change it; rights, lock and deletion take effect at the next request;
 * the 20th general user and another organisation's user are refused. Each test makes its own organisation.
 */
@ExtendWith(ArquillianExtension.class)
class UserAdministrationIT {
    private static final String PASSWORD = "Users-Test-2026";
    private static final Pattern TEMPORARY = Pattern.compile("id=\"temporary-password-value\"[^>]*>([A-Za-z0-9]+)<");

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

    /** An organisation of the lump-sum type with its master, logged in. */
    private record Contract(long id, String master, KojoBrowserlessClient client) {
    }

    private static Contract contract() throws Exception {
        long organization = TestAccounts.organization();
        TestServer.update("INSERT INTO organization_service (organization_id, service_kind) VALUES (?, 'LUMP_SUM')", organization);
        TestServer.update("INSERT INTO organization_service (organization_id, service_kind) VALUES (?, 'ZAIKEI')", organization);
        String master = TestAccounts.user("um", organization, "MASTER", PASSWORD, false);
        return new Contract(organization, master, TestAccounts.loggedIn(master, PASSWORD));
    }

    private static String add(Contract contract, String loginId, boolean lumpSumView, boolean lumpSumUpdate) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("loginId", loginId);
        fields.put("name", "一般 花子");
        fields.put("email", loginId + "@example.co.jp");
        // Row 0 is LUMP_SUM, row 1 ZAIKEI (services in their fixed order); an unticked box is not sent.
        if (lumpSumView) {
            fields.put("rights:0:view", "on");
        }
        if (lumpSumUpdate) {
            fields.put("rights:0:update", "on");
        }
        return TestAccounts.text(contract.client().submit("/account/users.xhtml", "add", fields, "submit"));
    }

    private static String temporaryPassword(String page) {
        Matcher matcher = TEMPORARY.matcher(page);
        assertTrue(matcher.find(), "the temporary password is shown once: " + page);
        return matcher.group(1);
    }

    private static String act(Contract contract, String loginId, String button, Map<String, String> fields) throws Exception {
        return TestAccounts.text(contract.client().submit("/account/users.xhtml?user=" + loginId, "edit", fields, button));
    }

    @Test
    void aNewGeneralUserLogsInWithTheTemporaryPasswordChangesItAndHasTheRightsGranted() throws Exception {
        Contract contract = contract();
        String loginId = "gen" + System.nanoTime() % 1_000_000_000L;
        String page = add(contract, loginId, true, false);
        assertTrue(page.contains("一般ユーザー " + loginId + " を追加しました。"), page);
        String temporary = temporaryPassword(page);
        assertEquals("LUMP_SUM:true:false:false", TestServer.queryString("SELECT service_kind || ':' || "
                + "CASE WHEN may_view THEN 'true' ELSE 'false' END || ':' || CASE WHEN may_update THEN 'true' ELSE 'false' END"
                + " || ':' || CASE WHEN may_send THEN 'true' ELSE 'false' END FROM user_service_right r "
                + "JOIN user_account u ON u.id = r.user_id WHERE u.login_id = ?", loginId));
        assertEquals(1, TestServer.queryLong("SELECT COUNT(*) FROM user_admin_event WHERE target_login_id = ? "
                + "AND action = 'CREATED' AND actor = ?", loginId, contract.master()));
        String welcome = TestMail.body(TestMail.await(loginId + "@example.co.jp", "【Kojo】ユーザー登録のお知らせ", 1));
        assertTrue(welcome.contains("ご利用権限: 労金控除（まとめ入金型）: 照会\n"), welcome);
        assertFalse(welcome.contains(temporary), "the temporary password is handed over by the master, never mailed");

        TestAccounts.issueCertificate(loginId);
        KojoBrowserlessClient user = new KojoBrowserlessClient(loginId);
        HttpResponse<byte[]> login = user.login(loginId, temporary);
        assertEquals(302, login.statusCode());
        assertTrue(login.headers().firstValue("Location").orElseThrow().endsWith("/account/password.xhtml"),
                "a temporary password must be changed first");
        HttpResponse<byte[]> changed = user.submit("/account/password.xhtml", "password",
                Map.of("current", temporary, "newPassword", PASSWORD, "confirmation", PASSWORD), "save");
        assertTrue(TestAccounts.text(changed).contains("パスワードを変更しました"), TestAccounts.text(changed));

        String menu = user.getText("/menu.xhtml");
        assertTrue(menu.contains("id=\"menu-deduction-list\""), "view right: the list is offered");
        assertFalse(menu.contains("id=\"menu-users\""), "a general user manages no users");
        assertEquals(200, user.get("/deduction/list.xhtml").statusCode());
        assertEquals(403, user.get("/account/users.xhtml").statusCode(), "user management is the master's");
    }

    @Test
    void aRightTakenAwayCountsFromTheNextRequestAndWithoutItThePageIsForbidden() throws Exception {
        Contract contract = contract();
        String loginId = TestAccounts.user("ug", contract.id(), "GENERAL", PASSWORD, false);
        KojoBrowserlessClient user = TestAccounts.loggedIn(loginId, PASSWORD);
        assertEquals(200, user.get("/deduction/cycles.xhtml").statusCode());

        // The master ticks nothing for 労金控除: every right in it goes.
        String page = act(contract, loginId, "saveRights", Map.of());
        assertTrue(page.contains(loginId + " の権限を変更しました。"), page);
        String notice = TestMail.body(TestMail.await(RegistrationSteps.email(loginId), "【Kojo】ご利用権限変更のお知らせ", 1));
        assertTrue(notice.contains("ご利用権限: なし"), notice);
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM user_service_right r JOIN user_account u "
                + "ON u.id = r.user_id WHERE u.login_id = ?", loginId));

        assertEquals(403, user.get("/deduction/cycles.xhtml").statusCode(), "the live session loses the right");
        assertEquals(403, user.get("/deduction/list.xhtml").statusCode());
        assertEquals(403, user.get("/deduction/export?format=csv").statusCode());
        String menu = user.getText("/menu.xhtml");
        assertFalse(menu.contains("id=\"menu-deduction-list\""), "no menu entry without the right");
        assertFalse(menu.contains("id=\"menu-lump-sum\""));
    }

    @Test
    void lockAndDeletionEndTheUsersLiveSessionAndDeletionRevokesItsCertificate() throws Exception {
        Contract contract = contract();
        String loginId = TestAccounts.user("ul", contract.id(), "GENERAL", PASSWORD, false);
        KojoBrowserlessClient user = TestAccounts.loggedIn(loginId, PASSWORD);
        assertEquals(200, user.get("/menu.xhtml").statusCode());

        String noReason = act(contract, loginId, "lock", Map.of("reason", ""));
        assertTrue(noReason.contains("理由を入力してください。"), noReason);
        assertFalse(TestAccounts.locked(loginId));
        act(contract, loginId, "lock", Map.of("reason", "休職のため"));
        assertTrue(TestAccounts.locked(loginId));
        assertEquals(302, user.get("/menu.xhtml").statusCode(), "locked: the session ends at the next request");
        String email = RegistrationSteps.email(loginId);
        assertTrue(TestMail.body(TestMail.await(email, "【Kojo】ログインIDロックのお知らせ", 1)).contains("理由: 休職のため"));

        String deleted = act(contract, loginId, "delete", Map.of("reason", "退職"));
        assertTrue(deleted.contains(loginId + " を削除しました。"), deleted);
        assertTrue(TestMail.body(TestMail.await(email, "【Kojo】ユーザー削除のお知らせ", 1)).contains("ログインID " + loginId));
        assertNotNull(TestServer.queryString("SELECT deleted_at FROM user_account WHERE login_id = ?", loginId));
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM client_certificate c JOIN user_account u ON u.id = c.user_id "
                + "WHERE u.login_id = ? AND c.revoked_at IS NULL", loginId), "its certificate is revoked");
        TestServer.update("UPDATE user_account SET locked_at = NULL, failed_attempts = 0 WHERE login_id = ?", loginId);
        String refused = TestAccounts.text(new KojoBrowserlessClient(loginId).login(loginId, PASSWORD));
        assertTrue(refused.contains("ログインIDまたはパスワードが正しくないか"), refused);
        assertEquals("UNKNOWN_USER", TestServer.queryString("SELECT outcome FROM login_history WHERE login_id = ? "
                + "ORDER BY id DESC LIMIT 1", loginId), "a deleted user is no user");
        assertTrue(TestAccounts.text(contract.client().get("/account/users.xhtml")).contains("退職"),
                "the deletion is on the record with its reason");
    }

    @Test
    void aResetPasswordExpiresAfterSevenDays() throws Exception {
        Contract contract = contract();
        String loginId = TestAccounts.user("ur", contract.id(), "GENERAL", PASSWORD, false);
        String temporary = temporaryPassword(act(contract, loginId, "reset", Map.of()));
        String notice = TestMail.body(TestMail.await(RegistrationSteps.email(loginId), "【Kojo】パスワード初期化のお知らせ", 1));
        assertFalse(notice.contains(temporary), notice);
        LocalDate eighthDay = LumpSumFixture.CALENDAR.nextBusinessDay(LocalDate.now(ClockProducer.TOKYO).plusDays(8));
        new ServerClock(management).pin(eighthDay.atTime(10, 0).atZone(ClockProducer.TOKYO));
        KojoBrowserlessClient user = new KojoBrowserlessClient(loginId);
        String refused = TestAccounts.text(user.login(loginId, temporary));
        assertTrue(refused.contains("仮パスワードの有効期限（発行から7日）が過ぎています。"), refused);
        assertEquals("TEMPORARY_PASSWORD_EXPIRED", TestServer.queryString("SELECT outcome FROM login_history "
                + "WHERE login_id = ? ORDER BY id DESC LIMIT 1", loginId));
    }

    @Test
    void theTwentiethGeneralUserIsRefused() throws Exception {
        Contract contract = contract();
        for (int i = 0; i < 19; i++) {
            TestServer.update("INSERT INTO user_account (login_id, organization_id, role, display_name, email, password_hash, "
                    + "failed_attempts, created_at, password_changed_at, password_must_change) VALUES (?, ?, 'GENERAL', '一般', "
                    + "'g@example.jp', 'x', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, FALSE)",
                    "g" + contract.id() + "x" + i, contract.id());
        }
        String loginId = "twentieth" + contract.id();
        String page = add(contract, loginId, true, false);
        assertTrue(page.contains("一般ユーザーは19名まで登録できます。"), page);
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM user_account WHERE login_id = ?", loginId));
        assertTrue(page.contains("value=\"" + loginId + "\""), "the refused form keeps what was typed");
    }

    @Test
    void anotherOrganisationsUserCannotBeTouched() throws Exception {
        Contract mine = contract();
        Contract theirs = contract();
        String theirUser = TestAccounts.user("uo", theirs.id(), "GENERAL", PASSWORD, false);
        HttpResponse<byte[]> page = mine.client().get("/account/users.xhtml?user=" + theirUser);
        String html = TestAccounts.text(page);
        assertFalse(html.contains("id=\"edit\""), "no edit form for another organisation's user");
        assertFalse(html.contains("試験 " + theirUser) || html.contains(theirUser + "@"), "nothing of their user is shown");
        // A forged post: the edit form of the master's own user, sent with their user's login id as the view parameter.
        String own = TestAccounts.user("uw", mine.id(), "GENERAL", PASSWORD, false);
        String form = TestAccounts.text(mine.client().get("/account/users.xhtml?user=" + own));
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("user", theirUser);
        forged.put("edit", "edit");
        forged.put("edit:reason", "乗っ取り");
        forged.put("edit:lock", "");
        forged.putAll(KojoBrowserlessClient.formState(form));
        String refused = TestAccounts.text(mine.client().post("/account/users.xhtml", forged));
        assertTrue(refused.contains("変更できる一般ユーザーに、このログインIDはありません。"), refused);
        assertFalse(TestAccounts.locked(theirUser), "their user is untouched");
        assertFalse(TestAccounts.locked(own), "nor the one whose form was used");
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM user_admin_event WHERE target_login_id = ?", theirUser));
    }
}
