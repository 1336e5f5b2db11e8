package jp.kojo.zaikei.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import jp.kojo.calendar.control.BusinessCalendar;
import jp.kojo.calendar.control.JapaneseHolidays;
import org.junit.jupiter.api.Test;

class ZaikeiDeadlineTest {
    private final ZaikeiDeadline.BusinessDays calendar = new BusinessCalendar(JapaneseHolidays::of)::businessDaysBefore;

    @Test
    void depositRightAfterAThreeDayWeekendIsDueTheTuesdayBefore() {
        // 海の日 2026 is Monday July 20: Saturday to Monday closed, the deposit on Tuesday the 21st.
        LocalDate deposit = LocalDate.of(2026, 7, 21);
        assertEquals(LocalDate.of(2026, 7, 14), ZaikeiDeadline.sendBy(deposit, calendar));
        assertTrue(ZaikeiDeadline.open(LocalDate.of(2026, 7, 14), deposit, calendar), "open all the deadline day");
        assertFalse(ZaikeiDeadline.open(LocalDate.of(2026, 7, 15), deposit, calendar));
    }

    @Test
    void depositRightAfterTheNewYearSkipsTheBanksClosingDays() {
        // January 4 and 5 count; December 31 to January 3 do not.
        assertEquals(LocalDate.of(2026, 12, 29), ZaikeiDeadline.sendBy(LocalDate.of(2027, 1, 6), calendar));
    }

    @Test
    void depositInGoldenWeekSkipsEveryHoliday() {
        // 2027: April 29 昭和の日, May 1-2 weekend, May 3-5 holidays; the deposit on Thursday May 6.
        assertEquals(LocalDate.of(2027, 4, 26), ZaikeiDeadline.sendBy(LocalDate.of(2027, 5, 6), calendar));
    }

    @Test
    void theNextDepositIsThe25thOfTheFollowingMonthOrTheBusinessDayBefore() {
        assertEquals(LocalDate.of(2027, 1, 25), ZaikeiDeadline.nextDeposit(YearMonth.of(2026, 12), calendar));
        assertEquals(LocalDate.of(2027, 4, 23), ZaikeiDeadline.nextDeposit(YearMonth.of(2027, 3), calendar),
                "April 25, 2027 is a Sunday");
    }
}
