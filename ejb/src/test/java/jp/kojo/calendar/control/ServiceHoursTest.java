package jp.kojo.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import jp.kojo.calendar.boundary.ServiceStatus;
import org.junit.jupiter.api.Test;

class ServiceHoursTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private final BusinessCalendar calendar = new BusinessCalendar(JapaneseHolidays::of);

    private ServiceHours hours(ServiceHours.Window... windows) {
        return new ServiceHours(calendar, LocalTime.of(8, 0), LocalTime.of(20, 0), List.of(windows), TOKYO);
    }

    private static ZonedDateTime tokyo(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, TOKYO);
    }

    @Test
    void openOnABusinessDayFromEightUntilJustBeforeEight() {
        assertTrue(hours().at(tokyo(2026, 12, 1, 8, 0)).open());
        assertTrue(hours().at(tokyo(2026, 12, 1, 19, 59)).open());
        assertFalse(hours().at(tokyo(2026, 12, 1, 7, 59)).open());
    }

    @Test
    void at2001ItIsClosedUntilEightTheNextBusinessDay() {
        ServiceStatus status = hours().at(tokyo(2026, 12, 1, 20, 1));
        assertFalse(status.open());
        assertEquals(ServiceStatus.Reason.OUTSIDE_HOURS, status.reason());
        assertEquals(tokyo(2026, 12, 2, 8, 0), status.nextOpening());
    }

    @Test
    void beforeEightItOpensTheSameDay() {
        assertEquals(tokyo(2026, 12, 1, 8, 0), hours().at(tokyo(2026, 12, 1, 6, 30)).nextOpening());
    }

    @Test
    void onAHolidayItNamesTheHolidayAndOpensTheNextBusinessDay() {
        ServiceStatus status = hours().at(tokyo(2026, 11, 23, 10, 0));
        assertEquals(ServiceStatus.Reason.CLOSED_DAY, status.reason());
        assertEquals("勤労感謝の日", status.closedDay());
        assertEquals(tokyo(2026, 11, 24, 8, 0), status.nextOpening());
    }

    @Test
    void onDecember31ItOpensOnTheFirstBusinessDayOfJanuary() {
        ServiceStatus status = hours().at(tokyo(2026, 12, 31, 10, 0));
        assertEquals("年末休業日", status.closedDay());
        assertEquals(tokyo(2027, 1, 4, 8, 0), status.nextOpening());
    }

    @Test
    void fridayEveningOpensOnMondayUnlessMondayIsAHoliday() {
        assertEquals(tokyo(2026, 12, 7, 8, 0), hours().at(tokyo(2026, 12, 4, 21, 0)).nextOpening());
        // Friday 2027-01-08 evening: Monday 1/11 is 成人の日.
        assertEquals(tokyo(2027, 1, 12, 8, 0), hours().at(tokyo(2027, 1, 8, 21, 0)).nextOpening());
    }

    @Test
    void aMaintenanceWindowClosesTheServiceUntilItEnds() {
        ServiceHours.Window window = new ServiceHours.Window(LocalDateTime.of(2026, 12, 2, 18, 0),
                LocalDateTime.of(2026, 12, 3, 9, 30));
        ServiceStatus during = hours(window).at(tokyo(2026, 12, 2, 19, 0));
        assertEquals(ServiceStatus.Reason.MAINTENANCE, during.reason());
        assertEquals(tokyo(2026, 12, 3, 9, 30), during.nextOpening());
        // After closing time the next opening at 8:00 falls inside the window, so it moves to its end.
        assertEquals(tokyo(2026, 12, 3, 9, 30), hours(window).at(tokyo(2026, 12, 2, 21, 0)).nextOpening());
        assertTrue(hours(window).at(tokyo(2026, 12, 2, 17, 59)).open());
    }

    @Test
    void aWindowEndingAfterClosingTimeOpensTheNextBusinessDay() {
        ServiceHours.Window window = new ServiceHours.Window(LocalDateTime.of(2026, 12, 4, 12, 0),
                LocalDateTime.of(2026, 12, 4, 22, 0));
        assertEquals(tokyo(2026, 12, 7, 8, 0), hours(window).at(tokyo(2026, 12, 4, 13, 0)).nextOpening());
    }
}
