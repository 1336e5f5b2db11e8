package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.kojo.platform.ClockProducer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * お知らせ管理: a bank operator publishes, targets and withdraws notices; the public page and the menus show exactly
 * the published, not withdrawn notices of their audience; every act is audited; a refused save keeps the input.
 */
@ExtendWith(ArquillianExtension.class)
class BankNoticesIT {
    private static final String PAGE = "/bank/notices.xhtml";
    private static final String PREFIX = "BankNoticesIT ";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @AfterEach
    void removeTheTestsNotices() throws Exception {
        TestServer.update("DELETE FROM notice WHERE title LIKE ?", PREFIX + "%");
    }

    @Test
    void aPublicNoticeIsOnTheFrontPageAtOnceAndItsCreationIsAudited() throws Exception {
        String title = PREFIX + "公開 " + System.nanoTime();
        String page = save(bank(), PAGE, notice(title, "PUBLIC", "", serverNow().minusMinutes(1), "掲載依頼"));
        assertTrue(page.contains("お知らせ「" + title + "」を登録しました。"), page);
        long id = TestServer.queryLong("SELECT id FROM notice WHERE title = ?", title);
        assertEquals("掲載依頼", TestServer.queryString("SELECT reason FROM audit_event WHERE action = 'NOTICE_CREATED' "
                + "AND target_notice_id = ? AND actor_login_id = 'bank01'", id));
        assertTrue(new KojoBrowserlessClient(null).getText("/").contains(title), "on the public front page");
    }

    @Test
    void aNoticeForOneServiceReachesOnlyThatServicesOrganisations() throws Exception {
        String title = PREFIX + "財形 " + System.nanoTime();
        save(bank(), PAGE, notice(title, "SERVICE", "ZAIKEI", serverNow().minusMinutes(1), "財形の案内"));
        assertEquals("ZAIKEI", TestServer.queryString("SELECT service_kind FROM notice WHERE title = ?", title));
        assertTrue(new KojoBrowserlessClient("zaikei01").loggedInAs("zaikei01").getText("/menu.xhtml").contains(title),
                "the employer with 財形 sees it after login");
        assertFalse(new KojoBrowserlessClient("union01").loggedInAs("union01").getText("/menu.xhtml").contains(title),
                "the union without 財形 does not");
        assertFalse(new KojoBrowserlessClient(null).getText("/").contains(title), "not on the public page");
    }

    @Test
    void aScheduledNoticeWaitsAndAWithdrawnOneGoesAtOnce() throws Exception {
        String later = PREFIX + "予定 " + System.nanoTime();
        save(bank(), PAGE, notice(later, "PUBLIC", "", serverNow().plusDays(2), "予告"));
        assertFalse(new KojoBrowserlessClient(null).getText("/").contains(later), "not before its publish time");

        String title = PREFIX + "終了 " + System.nanoTime();
        save(bank(), PAGE, notice(title, "PUBLIC", "", serverNow().minusMinutes(1), "掲載"));
        long id = TestServer.queryLong("SELECT id FROM notice WHERE title = ?", title);
        HttpResponse<byte[]> withdrawn = bank().submit(PAGE + "?id=" + id, "notice", Map.of("reason", "内容の誤り"), "withdraw");
        assertTrue(TestAccounts.text(withdrawn).contains("お知らせ「" + title + "」の掲載を終了しました。"));
        assertFalse(new KojoBrowserlessClient(null).getText("/").contains(title), "gone from the public page");
        assertEquals("内容の誤り", TestServer.queryString("SELECT reason FROM audit_event WHERE action = 'NOTICE_WITHDRAWN' "
                + "AND target_notice_id = ?", id));
    }

    @Test
    void aRefusedSaveKeepsWhatWasTypedAndNamesEachField() throws Exception {
        Map<String, String> fields = notice("", "SERVICE", "", serverNow(), "");
        fields.put("body", "本文は残る " + PREFIX);
        String page = save(bank(), PAGE, fields);
        assertTrue(page.contains("件名：入力してください。"), page);
        assertTrue(page.contains("サービス（ご利用サービス別のとき）：ご利用サービス別のときはサービスを選んでください。"), page);
        assertTrue(page.contains("理由：入力してください。"), page);
        assertTrue(page.contains("本文は残る " + PREFIX), "the typed body stays");
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM notice WHERE body LIKE ?", "本文は残る%"));

        Map<String, String> backwards = notice(PREFIX + "逆", "PUBLIC", "", serverNow(), "r");
        backwards.put("withdrawAt", serverNow().minusDays(1).format(LOCAL));
        assertTrue(save(bank(), PAGE, backwards).contains("掲載終了日時：掲載開始日時より後にしてください。"));
    }

    @Test
    void organisationsAndBatchAdministratorsAreRefused() throws Exception {
        for (String other : new String[] {"union01", "batch01"}) {
            assertEquals(403, new KojoBrowserlessClient(other).loggedInAs(other).get(PAGE).statusCode(), other);
        }
    }

    /** Now by the test server's clock (moved into service hours). */
    static LocalDateTime serverNow() {
        String offset = TestServer.property("kojo.clock.offset");
        return LocalDateTime.now(ClockProducer.TOKYO).plus(offset == null ? Duration.ZERO : Duration.parse(offset));
    }

    private static Map<String, String> notice(String title, String audience, String service, LocalDateTime publishAt,
                                              String reason) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("body", "お知らせの本文です。\n二行目です。");
        fields.put("audience", audience);
        fields.put("service", service);
        fields.put("publishAt", publishAt.format(LOCAL));
        fields.put("withdrawAt", "");
        fields.put("reason", reason);
        return fields;
    }

    private static KojoBrowserlessClient bank() throws Exception {
        return new KojoBrowserlessClient("bank01").loggedInAs("bank01");
    }

    private static String save(KojoBrowserlessClient bank, String path, Map<String, String> fields) throws Exception {
        HttpResponse<byte[]> response = bank.submit(path, "notice", fields, "save");
        assertEquals(200, response.statusCode());
        return TestAccounts.text(response);
    }
}
