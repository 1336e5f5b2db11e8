package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import jp.kojo.calendar.control.BusinessCalendar;
import jp.kojo.calendar.control.JapaneseHolidays;
import jp.kojo.platform.ClockProducer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** カレンダー管理: a bank operator adds an extra closed day and a maintenance window; the rules refuse bad ones. */
@ExtendWith(ArquillianExtension.class)
class BankCalendarIT {
    private static final String PAGE = "/bank/calendar.xhtml";
    private static final String REASON = "BankCalendarIT";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @AfterEach
    void removeWhatTheTestAdded() throws Exception {
        try (var connection = TestServer.database()) {
            connection.createStatement().executeUpdate("DELETE FROM extra_closed_day WHERE reason = '" + REASON + "'");
            connection.createStatement().executeUpdate("DELETE FROM maintenance_window WHERE reason = '" + REASON + "'");
        }
    }

    @Test
    void anExtraClosedDayIsRecordedWithWhoAndWhyAndClosesTheCalendar() throws Exception {
        LocalDate day = new BusinessCalendar(JapaneseHolidays::of)
                .businessDayOnOrAfter(LocalDate.now(ClockProducer.TOKYO).plusDays(45));
        KojoBrowserlessClient bank = new KojoBrowserlessClient("bank01").loggedInAs("bank01");
        String page = submit(bank, "closedDay", Map.of("date", day.toString(), "name", "システム更改", "reason", REASON));
        assertTrue(page.contains("臨時休業日を登録しました"), page);
        assertEquals("bank01", TestServer.queryString(
                "SELECT created_by FROM extra_closed_day WHERE closed_date = ? AND reason = ?", day, REASON));
        String json = new KojoBrowserlessClient(null).getText("/api/calendar/" + day.getYear());
        assertTrue(json.contains("{\"date\":\"" + day + "\",\"name\":\"システム更改\",\"kind\":\"EXTRA\"}"), json);
    }

    @Test
    void aDayThatIsClosedAnywayIsRefusedAndWhatWasTypedStays() throws Exception {
        LocalDate saturday = LocalDate.now(ClockProducer.TOKYO).plusDays(20).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        KojoBrowserlessClient bank = new KojoBrowserlessClient("bank01").loggedInAs("bank01");
        String page = submit(bank, "closedDay", Map.of("date", saturday.toString(), "name", "土曜の臨時休業", "reason", REASON));
        assertTrue(page.contains("その日はすでに休業日です"), page);
        assertTrue(page.contains("value=\"土曜の臨時休業\""), "the typed name stays in the form");
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM extra_closed_day WHERE reason = ?", REASON));
    }

    @Test
    void aMaintenanceWindowIsAddedAndOneEndingBeforeItStartsIsRefused() throws Exception {
        LocalDate day = LocalDate.now(ClockProducer.TOKYO).plusDays(30);
        KojoBrowserlessClient bank = new KojoBrowserlessClient("bank01").loggedInAs("bank01");
        String refused = submit(bank, "window", Map.of("start", day + "T22:00", "end", day + "T21:00", "reason", REASON));
        assertTrue(refused.contains("終了日時は開始日時より後にしてください"), refused);
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM maintenance_window WHERE reason = ?", REASON));

        String added = submit(bank, "window", Map.of("start", day + "T21:00", "end", day.plusDays(1) + "T06:00", "reason", REASON));
        assertTrue(added.contains("システムメンテナンスを登録しました"), added);
        assertEquals(1, TestServer.queryLong("SELECT COUNT(*) FROM maintenance_window WHERE reason = ? AND created_by = 'bank01'", REASON));
    }

    @Test
    void removingAClosedDayTakesAReasonOfItsOwnWhichTheAuditLogKeeps() throws Exception {
        LocalDate day = new BusinessCalendar(JapaneseHolidays::of)
                .businessDayOnOrAfter(LocalDate.now(ClockProducer.TOKYO).plusDays(52));
        String name = "取消テスト" + day.getDayOfMonth();
        KojoBrowserlessClient bank = new KojoBrowserlessClient("bank01").loggedInAs("bank01");
        submit(bank, "closedDay", Map.of("date", day.toString(), "name", name, "reason", REASON));
        String row = "closedDays:days:" + rowOf(bank, name);

        HttpResponse<byte[]> refused = bank.submit(PAGE, "closedDays", Map.of(), row.substring("closedDays:".length()) + ":remove");
        String refusedPage = new String(refused.body(), StandardCharsets.UTF_8);
        assertTrue(refusedPage.contains("削除・取消の理由を200文字以内で入力してください。"), refusedPage);
        assertEquals(1, TestServer.queryLong("SELECT COUNT(*) FROM extra_closed_day WHERE closed_date = ?", day),
                "the day is still closed");

        String why = "本部指示により営業 " + day;
        HttpResponse<byte[]> removed = bank.submit(PAGE, "closedDays",
                Map.of(row.substring("closedDays:".length()) + ":removalReason", why), row.substring("closedDays:".length()) + ":remove");
        assertTrue(new String(removed.body(), StandardCharsets.UTF_8).contains("臨時休業日を削除しました"));
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM extra_closed_day WHERE closed_date = ?", day));
        assertEquals("bank01", TestServer.queryString(
                "SELECT actor_login_id FROM audit_event WHERE action = 'CLOSED_DAY_REMOVED' AND reason = ?", why));
        assertTrue(TestServer.queryString("SELECT details FROM audit_event WHERE action = 'CLOSED_DAY_REMOVED' AND reason = ?", why)
                .contains(name + " (" + REASON + ")"), "the day's own reason stays in the details");
    }

    @Test
    void organisationsAndBatchAdministratorsCannotOpenIt() throws Exception {
        assertEquals(403, new KojoBrowserlessClient("union01").loggedInAs("union01").get(PAGE).statusCode());
        assertEquals(403, new KojoBrowserlessClient("batch01").loggedInAs("batch01").get(PAGE).statusCode());
    }

    /** The index of the closed-day row that shows the text, as the page numbers its rows. */
    private static int rowOf(KojoBrowserlessClient client, String text) throws Exception {
        String html = new String(client.get(PAGE).body(), StandardCharsets.UTF_8);
        String table = html.substring(html.indexOf("id=\"closedDays:days\""));
        String[] rows = table.substring(table.indexOf("<tbody>"), table.indexOf("</tbody>")).split("<tr");
        for (int i = 1; i < rows.length; i++) {
            if (rows[i].contains(text)) {
                return i - 1;
            }
        }
        throw new AssertionError(text + " is not listed: " + table);
    }

    /** Fills in one of the page's forms as a person would and answers the page that comes back. */
    private static String submit(KojoBrowserlessClient client, String form, Map<String, String> fields) throws Exception {
        HttpResponse<byte[]> response = client.submit(PAGE, form, fields, "add");
        assertEquals(200, response.statusCode());
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
