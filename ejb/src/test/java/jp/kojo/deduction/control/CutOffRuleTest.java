package jp.kojo.deduction.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import jp.kojo.calendar.control.BusinessCalendar;
import jp.kojo.calendar.control.JapaneseHolidays;
import org.junit.jupiter.api.Test;

class CutOffRuleTest {
    private final BusinessCalendar calendar = new BusinessCalendar(JapaneseHolidays::of);

    @Test
    void twoBusinessDaysBeforeAMondayPaymentIsThursday() {
        assertEquals(LocalDate.of(2026, 12, 3), CutOffRule.DEFAULT.cutOff(LocalDate.of(2026, 12, 7), calendar));
    }

    @Test
    void aHolidayIsSkipped() {
        // Payment Tuesday 2026-11-24; Monday 11/23 is 勤労感謝の日: Friday 11/20 and Thursday 11/19.
        assertEquals(LocalDate.of(2026, 11, 19), CutOffRule.DEFAULT.cutOff(LocalDate.of(2026, 11, 24), calendar));
    }

    @Test
    void theYearEndIsSkipped() {
        // Payment Monday 2027-01-04: 12/31 to 1/3 closed, so Tuesday 12/29 and Wednesday 12/30 are the two days.
        assertEquals(LocalDate.of(2026, 12, 29), CutOffRule.DEFAULT.cutOff(LocalDate.of(2027, 1, 4), calendar));
    }

    @Test
    void theContractsOwnNumberOfDaysCounts() {
        assertEquals(LocalDate.of(2026, 12, 1), new CutOffRule(4).cutOff(LocalDate.of(2026, 12, 7), calendar));
    }

    @Test
    void sendingIsOpenOnTheCutOffDayAndClosedAfter() {
        LocalDate cutOff = LocalDate.of(2026, 12, 3);
        assertTrue(CutOffRule.DEFAULT.open(LocalDate.of(2026, 12, 3), cutOff));
        assertFalse(CutOffRule.DEFAULT.open(LocalDate.of(2026, 12, 4), cutOff));
    }

    @Test
    void anUnreasonableNumberOfDaysIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CutOffRule(-1));
        assertThrows(IllegalArgumentException.class, () -> new CutOffRule(21));
    }
}
