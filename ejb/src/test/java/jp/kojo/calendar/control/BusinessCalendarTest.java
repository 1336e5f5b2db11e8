package jp.kojo.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kojo.calendar.boundary.CalendarDay;
import jp.kojo.calendar.boundary.DayKind;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
    private final List<CalendarDay> extra = new ArrayList<>();
    private final BusinessCalendar calendar = new BusinessCalendar(year -> {
        List<CalendarDay> days = new ArrayList<>(JapaneseHolidays.of(year));
        days.addAll(extra);
        return days;
    });

    @Test
    void weekendsHolidaysAndTheYearEndAreClosed() {
        assertFalse(calendar.isBusinessDay(LocalDate.of(2026, 12, 5)), "Saturday");
        assertFalse(calendar.isBusinessDay(LocalDate.of(2026, 12, 6)), "Sunday");
        assertFalse(calendar.isBusinessDay(LocalDate.of(2026, 11, 23)), "勤労感謝の日");
        assertFalse(calendar.isBusinessDay(LocalDate.of(2026, 12, 31)), "年末休業日");
        assertFalse(calendar.isBusinessDay(LocalDate.of(2027, 1, 2)));
        assertFalse(calendar.isBusinessDay(LocalDate.of(2027, 1, 3)));
        assertTrue(calendar.isBusinessDay(LocalDate.of(2026, 12, 30)));
        assertTrue(calendar.isBusinessDay(LocalDate.of(2027, 1, 4)));
    }

    @Test
    void aYearsClosedDaysListHolidaysOnWeekendsAndTheBankClosingButNoPlainWeekends() {
        List<CalendarDay> days = calendar.closedDays(2026);
        assertEquals(new CalendarDay(LocalDate.of(2026, 1, 1), "元日", DayKind.HOLIDAY), days.get(0));
        assertEquals(new CalendarDay(LocalDate.of(2026, 1, 2), "年始休業日", DayKind.BANK_CLOSED), days.get(1));
        assertEquals(new CalendarDay(LocalDate.of(2026, 1, 3), "年始休業日", DayKind.BANK_CLOSED), days.get(2));
        assertEquals(new CalendarDay(LocalDate.of(2026, 12, 31), "年末休業日", DayKind.BANK_CLOSED), days.get(days.size() - 1));
        assertTrue(days.stream().anyMatch(d -> d.date().equals(LocalDate.of(2026, 5, 3))), "憲法記念日 on a Sunday");
        assertEquals(18 + 3, days.size());
        assertTrue(days.stream().noneMatch(d -> d.kind() == DayKind.WEEKEND));
    }

    @Test
    void aNationalHolidayOnTheBanksClosingDaysKeepsItsName() {
        // 2023-01-01 was a Sunday: 1/2 was 振替休日, a national holiday, not just 年始休業日.
        assertEquals(new CalendarDay(LocalDate.of(2023, 1, 2), "振替休日", DayKind.HOLIDAY),
                calendar.closure(LocalDate.of(2023, 1, 2)).orElseThrow());
    }

    @Test
    void cutOffTwoBusinessDaysBeforeAcrossAWeekend() {
        // Payment Tuesday 2026-12-08: Monday 12/7, then Friday 12/4.
        assertEquals(LocalDate.of(2026, 12, 4), calendar.businessDaysBefore(LocalDate.of(2026, 12, 8), 2));
    }

    @Test
    void cutOffAcrossAHoliday() {
        // Payment Wednesday 2026-11-25: Tuesday 11/24, Monday 11/23 is 勤労感謝の日, so Friday 11/20.
        assertEquals(LocalDate.of(2026, 11, 20), calendar.businessDaysBefore(LocalDate.of(2026, 11, 25), 2));
    }

    @Test
    void cutOffAcrossTheYearEnd() {
        // Payment Tuesday 2027-01-05: Monday 1/4, then 1/3, 1/2, 1/1, 12/31 closed: Wednesday 2026-12-30.
        assertEquals(LocalDate.of(2026, 12, 30), calendar.businessDaysBefore(LocalDate.of(2027, 1, 5), 2));
    }

    @Test
    void depositDeadlineAfterAThreeDayWeekend() {
        // Deposit Tuesday 2027-01-12, after Saturday, Sunday and 成人の日 on Monday 1/11: four business days
        // before are Friday 1/8, Thursday 1/7, Wednesday 1/6, Tuesday 1/5.
        assertEquals(LocalDate.of(2027, 1, 5), calendar.businessDaysBefore(LocalDate.of(2027, 1, 12), 4));
    }

    @Test
    void depositDeadlineRightAfterTheNewYear() {
        // Deposit Wednesday 2027-01-06: 1/5, 1/4, then the closing days back to 12/30 and 12/29.
        assertEquals(LocalDate.of(2026, 12, 29), calendar.businessDaysBefore(LocalDate.of(2027, 1, 6), 4));
    }

    @Test
    void depositDeadlineInGoldenWeek() {
        // Deposit Thursday 2026-05-07: 5/6 振替休日, 5/5, 5/4, 5/3 holidays, 5/2 Saturday; 5/1, 4/30, 4/28, 4/27
        // (4/29 昭和の日).
        assertEquals(LocalDate.of(2026, 4, 27), calendar.businessDaysBefore(LocalDate.of(2026, 5, 7), 4));
    }

    @Test
    void zeroBusinessDaysBeforeAClosedDayIsTheLastBusinessDay() {
        assertEquals(LocalDate.of(2026, 12, 30), calendar.businessDaysBefore(LocalDate.of(2027, 1, 3), 0));
        assertEquals(LocalDate.of(2026, 12, 30), calendar.businessDaysBefore(LocalDate.of(2026, 12, 30), 0));
    }

    @Test
    void businessDaysLeftCountTheDeadlineNotToday() {
        assertEquals(2, calendar.businessDaysBetween(LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 8)));
        assertEquals(0, calendar.businessDaysBetween(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 8)));
        assertEquals(0, calendar.businessDaysBetween(LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 8)));
    }

    @Test
    void anExtraClosedDayTheBankAddsIsClosed() {
        extra.add(new CalendarDay(LocalDate.of(2026, 12, 28), "システム更改", DayKind.EXTRA));
        BusinessCalendar withExtra = new BusinessCalendar(year -> extra);
        assertFalse(withExtra.isBusinessDay(LocalDate.of(2026, 12, 28)));
        assertEquals(LocalDate.of(2026, 12, 29), withExtra.nextBusinessDay(LocalDate.of(2026, 12, 25)));
    }
}
