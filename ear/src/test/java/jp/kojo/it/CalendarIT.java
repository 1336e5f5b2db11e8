package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public service calendar: its JSON and its page, without a certificate or a login. */
@ExtendWith(ArquillianExtension.class)
class CalendarIT {
    /** 2026 as the Cabinet Office published it, with the bank's closing days, in the API's form. */
    private static final String CALENDAR_2026 = "["
            + "{\"date\":\"2026-01-01\",\"name\":\"元日\",\"kind\":\"HOLIDAY\"},"
            + "{\"date\":\"2026-01-02\",\"name\":\"年始休業日\",\"kind\":\"BANK_CLOSED\"},"
            + "{\"date\":\"2026-01-03\",\"name\":\"年始休業日\",\"kind\":\"BANK_CLOSED\"},"
            + "{\"date\":\"2026-01-12\",\"name\":\"成人の日\",\"kind\":\"HOLIDAY\"},"
            + "{\"date\":\"2026-02-11\",\"name\":\"建国記念の日\",\"kind\":\"HOLIDAY\"},"
            + "{\"date\":\"2026-02-23\",\"name\":\"天皇誕生日\",\"kind\":\"HOLIDAY\"},"
            + "{\"date\":\"2026-03-20\",\"name\":\"春分の日\",\"kind\":\"HOLIDAY\"},"
            + "{\"date\":\"2026-04-29\",\"name\":\"昭和の日\",\"kind\":\"HOLIDAY\"},"
            + "{\"date\":\"2026-05-03\",\"name\":\"憲法記念日\",\"kind\":\"HOLIDAY\"},"
            + "{\"date\":\"2026-05-04\",\"name\":\"みどりの日\",\"kind\":\"HOLIDAY\"},"
            + "{\"date\":\"2026-05-05\",\"name\":\"こどもの日\",\"kind\":\"HOLIDAY\"},"
            + "{\"date\":\"2026-05-06\",\"name\":\"振替休日\",\"kind\":\"HOLIDAY\"},"
            + "{\"date\":\"2026-07-20\",\"name\":\"海の日\",\"kind\":\"HOLIDAY\"},"
            + "{\"date\":\"2026-08-11\",\"name\":\"山の日\",\"kind\":\"HOLIDAY\"},"
            + "{\"date\":\"2026-09-21\",\"name\":\"敬老の日\",\"kind\":\"HOLIDAY\"},"
            + "{\"date\":\"2026-09-22\",\"name\":\"国民の休日\",\"kind\":\"HOLIDAY\"},"
            + "{\"date\":\"2026-09-23\",\"name\":\"秋分の日\",\"kind\":\"HOLIDAY\"},"
            + "{\"date\":\"2026-10-12\",\"name\":\"スポーツの日\",\"kind\":\"HOLIDAY\"},"
            + "{\"date\":\"2026-11-03\",\"name\":\"文化の日\",\"kind\":\"HOLIDAY\"},"
            + "{\"date\":\"2026-11-23\",\"name\":\"勤労感謝の日\",\"kind\":\"HOLIDAY\"},"
            + "{\"date\":\"2026-12-31\",\"name\":\"年末休業日\",\"kind\":\"BANK_CLOSED\"}"
            + "]";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void calendarOf2026IsTheOfficialListWithTheBanksClosingDays() throws Exception {
        HttpResponse<byte[]> response = new KojoBrowserlessClient(null).get("/api/calendar/2026");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        assertEquals(CALENDAR_2026, new String(response.body(), StandardCharsets.UTF_8));
    }

    @Test
    void aYearBeyondThePublishedListIsComputedByTheRules() throws Exception {
        String json = new KojoBrowserlessClient(null).getText("/api/calendar/2030");
        assertTrue(json.contains("{\"date\":\"2030-11-04\",\"name\":\"振替休日\",\"kind\":\"HOLIDAY\"}"), json);
        assertTrue(json.contains("{\"date\":\"2030-12-31\",\"name\":\"年末休業日\",\"kind\":\"BANK_CLOSED\"}"), json);
    }

    @Test
    void aYearWithoutACalendarIs404WithAMessage() throws Exception {
        HttpResponse<byte[]> response = new KojoBrowserlessClient(null).get("/api/calendar/1999");
        assertEquals(404, response.statusCode());
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertTrue(body.startsWith("{\"message\":"), body);
        assertEquals(404, new KojoBrowserlessClient(null).get("/api/calendar/20x6").statusCode());
    }

    @Test
    void anExtraClosedDayTheBankAddedIsListedAsExtra() throws Exception {
        try (var connection = TestServer.database(); var insert = connection.prepareStatement(
                "INSERT INTO extra_closed_day (closed_date, name, reason, created_by, created_at) "
                        + "VALUES (DATE '2029-06-15', 'システム更改', 'CalendarIT', 'bank01', CURRENT_TIMESTAMP)")) {
            insert.executeUpdate();
        }
        try {
            String json = new KojoBrowserlessClient(null).getText("/api/calendar/2029");
            assertTrue(json.contains("{\"date\":\"2029-06-15\",\"name\":\"システム更改\",\"kind\":\"EXTRA\"}"), json);
        } finally {
            try (var connection = TestServer.database()) {
                connection.createStatement().executeUpdate("DELETE FROM extra_closed_day WHERE reason = 'CalendarIT'");
            }
        }
    }

    @Test
    void theCalendarPageShowsTheYearWithoutACertificate() throws Exception {
        KojoBrowserlessClient anonymous = new KojoBrowserlessClient(null);
        HttpResponse<byte[]> response = anonymous.get("/public/calendar.xhtml?year=2026");
        assertEquals(200, response.statusCode());
        String page = new String(response.body(), StandardCharsets.UTF_8);
        assertTrue(page.contains("2026年"), "year heading");
        assertTrue(page.contains("国民の休日"), "the citizens' holiday of 2026-09-22");
        assertTrue(page.contains("2026/09/22"));
        assertTrue(page.contains("年末休業日"));
        assertTrue(page.contains("8:00〜20:00") || page.contains("08:00〜20:00"), "service hours");
        assertTrue(page.contains("09:00〜18:00") || page.contains("9:00〜18:00"), "contact hours");
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
    }
}
