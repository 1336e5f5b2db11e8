package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import jp.kojo.calendar.boundary.CalendarDay;
import jp.kojo.calendar.boundary.DayKind;
import jp.kojo.calendar.control.BusinessCalendar;
import jp.kojo.calendar.control.JapaneseHolidays;
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
 * Service hours through the running server, with its clock moved through the management interface onto a
 * holiday, to 20:01, onto December 31 and into a maintenance window. The moments are in the future of real
 * time, so the certificates issued today are valid by the server's clock.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceHoursIT {
    private static final String MAINTENANCE_REASON = "ServiceHoursIT";

    @ArquillianResource
    ManagementClient management;

    private final BusinessCalendar calendar = new BusinessCalendar(JapaneseHolidays::of);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @AfterEach
    void releaseClockAndWindows() throws Exception {
        new ServerClock(management).release();
        try (var connection = TestServer.database()) {
            connection.createStatement().executeUpdate("DELETE FROM maintenance_window WHERE reason = '" + MAINTENANCE_REASON + "'");
        }
    }

    @Test
    void onAHolidayALoginShowsTheClosedPageWithTheNextOpening() throws Exception {
        CalendarDay holiday = nextWeekdayHoliday();
        new ServerClock(management).pin(tokyo(holiday.date(), 10, 0));

        KojoBrowserlessClient union = new KojoBrowserlessClient("union01");
        HttpResponse<byte[]> login = union.login("union01", TestServer.DEMO_PASSWORD);
        assertEquals(302, login.statusCode());
        assertTrue(login.headers().firstValue("Location").orElseThrow().endsWith("/public/closed.xhtml"));
        String closed = union.getText("/public/closed.xhtml");
        assertTrue(closed.contains("本日（" + holiday.name() + "）はサービスを休止しております"), closed);
        assertTrue(closed.contains(opening(calendar.nextBusinessDay(holiday.date()))), closed);
        assertEquals("SERVICE_CLOSED", TestServer.queryString("SELECT outcome FROM login_history WHERE login_id = ? "
                + "ORDER BY id DESC", "union01"));
        assertEquals(302, union.get("/deduction/list.xhtml").statusCode(), "not logged in");
        // Public pages stay open.
        assertEquals(200, union.get("/public/login.xhtml").statusCode());
        assertEquals(200, union.get("/public/calendar.xhtml").statusCode());
    }

    @Test
    void at2001ALoggedInPageAnswers503WithTheClosedPage() throws Exception {
        LocalDate day = calendar.nextBusinessDay(LocalDate.now(ClockProducer.TOKYO));
        new ServerClock(management).pin(tokyo(day, 19, 30));
        KojoBrowserlessClient union = new KojoBrowserlessClient("union01g").loggedInAs("union01g");
        assertEquals(200, union.get("/deduction/list.xhtml").statusCode(), "open at 19:30");

        new ServerClock(management).pin(tokyo(day, 20, 1));
        HttpResponse<byte[]> page = union.get("/deduction/list.xhtml");
        assertEquals(503, page.statusCode());
        String text = new String(page.body(), StandardCharsets.UTF_8);
        assertTrue(text.contains("ただいまサービス提供時間外です"), text);
        assertTrue(text.contains(opening(calendar.nextBusinessDay(day))), text);
        assertTrue(!text.contains("個人番号"), "no list content on the closed page");
        assertEquals(Long.toString(java.time.Duration.between(tokyo(day, 20, 1),
                tokyo(calendar.nextBusinessDay(day), 8, 0)).toSeconds()), page.headers().firstValue("Retry-After").orElseThrow());
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElseThrow());
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void onDecember31TheBanksStaffWorkWhileOrganisationsWaitForJanuary() throws Exception {
        LocalDate today = LocalDate.now(ClockProducer.TOKYO);
        LocalDate december31 = LocalDate.of(today.getYear(), 12, 31);
        if (!december31.isAfter(today)) {
            december31 = december31.plusYears(1);
        }
        new ServerClock(management).pin(tokyo(december31, 10, 0));

        KojoBrowserlessClient bank = new KojoBrowserlessClient("bank01");
        HttpResponse<byte[]> bankLogin = bank.login("bank01", TestServer.DEMO_PASSWORD);
        assertEquals(302, bankLogin.statusCode());
        assertTrue(!bankLogin.headers().firstValue("Location").orElseThrow().contains("closed"), "bank staff log in");

        KojoBrowserlessClient union = new KojoBrowserlessClient("union01");
        union.login("union01", TestServer.DEMO_PASSWORD);
        String closed = union.getText("/public/closed.xhtml");
        assertTrue(closed.contains("本日（年末休業日）はサービスを休止しております"), closed);
        LocalDate firstOpen = calendar.nextBusinessDay(december31);
        assertEquals(1, firstOpen.getMonthValue());
        assertTrue(firstOpen.getDayOfMonth() >= 4);
        assertTrue(closed.contains(opening(firstOpen)), closed);
    }

    @Test
    void aMaintenanceWindowClosesTheServiceUntilItEnds() throws Exception {
        LocalDate day = calendar.nextBusinessDay(LocalDate.now(ClockProducer.TOKYO));
        try (var connection = TestServer.database(); var insert = connection.prepareStatement(
                "INSERT INTO maintenance_window (starts_at, ends_at, reason, created_by, created_at) "
                        + "VALUES (?, ?, ?, 'bank01', CURRENT_TIMESTAMP)")) {
            insert.setObject(1, day.atTime(10, 0));
            insert.setObject(2, day.atTime(12, 30));
            insert.setString(3, MAINTENANCE_REASON);
            insert.executeUpdate();
        }
        new ServerClock(management).pin(tokyo(day, 11, 0));
        KojoBrowserlessClient union = new KojoBrowserlessClient("union01");
        union.login("union01", TestServer.DEMO_PASSWORD);
        String closed = union.getText("/public/closed.xhtml");
        assertTrue(closed.contains("ただいまシステムメンテナンス中です"), closed);
        assertTrue(closed.contains(day.getMonthValue() + "月" + day.getDayOfMonth() + "日"), closed);
        assertTrue(closed.contains(" 12:30"), closed);
    }

    private CalendarDay nextWeekdayHoliday() {
        LocalDate today = LocalDate.now(ClockProducer.TOKYO);
        for (int year = today.getYear(); ; year++) {
            for (CalendarDay day : calendar.closedDays(year)) {
                if (day.kind() == DayKind.HOLIDAY && day.date().isAfter(today)
                        && day.date().getDayOfWeek().getValue() <= 5) {
                    return day;
                }
            }
        }
    }

    private static ZonedDateTime tokyo(LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).atZone(ClockProducer.TOKYO);
    }

    /** The next opening as the closed page writes it, e.g. 2026年12月2日(水) 8:00. */
    private static String opening(LocalDate date) {
        return DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.JAPANESE).format(date) + "("
                + date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.JAPANESE) + ") 8:00";
    }
}
