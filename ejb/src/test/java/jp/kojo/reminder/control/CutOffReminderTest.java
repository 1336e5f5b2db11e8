package jp.kojo.reminder.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import jp.kojo.deduction.entity.CycleKind;
import jp.kojo.deduction.entity.CycleStatus;
import org.junit.jupiter.api.Test;

class CutOffReminderTest {
    private static final LocalDate REMINDER_DAY = LocalDate.of(2026, 12, 16);
    private static final LocalDate CUT_OFF = LocalDate.of(2026, 12, 21);

    @Test
    void dueFromTheReminderDayUntilTheCutOffWhileNotSent() {
        assertFalse(CutOffReminderRule.due(REMINDER_DAY.minusDays(1), REMINDER_DAY, CUT_OFF, CycleStatus.ISSUED));
        assertTrue(CutOffReminderRule.due(REMINDER_DAY, REMINDER_DAY, CUT_OFF, CycleStatus.ISSUED));
        assertTrue(CutOffReminderRule.due(REMINDER_DAY.plusDays(1), REMINDER_DAY, CUT_OFF, CycleStatus.APPROVED),
                "a job that missed the day still reminds");
        assertTrue(CutOffReminderRule.due(CUT_OFF, REMINDER_DAY, CUT_OFF, CycleStatus.IN_PROGRESS));
        assertFalse(CutOffReminderRule.due(CUT_OFF.plusDays(1), REMINDER_DAY, CUT_OFF, CycleStatus.IN_PROGRESS));
    }

    @Test
    void aSentOrSettledCycleIsNotReminded() {
        assertFalse(CutOffReminderRule.due(REMINDER_DAY, REMINDER_DAY, CUT_OFF, CycleStatus.SENT));
        assertFalse(CutOffReminderRule.due(REMINDER_DAY, REMINDER_DAY, CUT_OFF, CycleStatus.SETTLED));
    }

    @Test
    void theMailNamesCyclePaymentDateAndCutOffInJapanese() {
        String label = CutOffReminderMail.cycleLabel(YearMonth.of(2026, 12), CycleKind.MONTHLY);
        assertEquals("2026年12月 " + CycleKind.MONTHLY.nameJa(), label);
        assertEquals("【労金控除サービス】送信期限のお知らせ (" + label + ")", CutOffReminderMail.subject(label));
        String body = CutOffReminderMail.body("全国ろうきん労働組合", "山田 太郎", label, LocalDate.of(2026, 12, 25),
                CUT_OFF, 3);
        assertTrue(body.startsWith("全国ろうきん労働組合\n山田 太郎 様\n"), body);
        assertTrue(body.contains("入金日　　　: 2026年12月25日(金)"), body);
        assertTrue(body.contains("送信期限　　: 2026年12月21日(月)"), body);
        assertTrue(body.contains("あと3営業日"), body);
    }
}
