package jp.kojo.reminder.control;

import java.time.LocalDate;
import jp.kojo.deduction.entity.CycleStatus;

/**
 * When an organisation is reminded of a cut-off: from three business days before it (the day is counted by
 * the service calendar and given here) until the cut-off itself, while the cycle is not sent. A job that did
 * not run on the day itself (server down) still reminds on a later day before the cut-off.
 */
public final class CutOffReminderRule {
    public static final int BUSINESS_DAYS_BEFORE = 3;

    private CutOffReminderRule() {
    }

    public static boolean due(LocalDate today, LocalDate reminderDay, LocalDate cutOff, CycleStatus status) {
        boolean notSent = status != CycleStatus.SENT && status != CycleStatus.SETTLED;
        return notSent && !today.isBefore(reminderDay) && !today.isAfter(cutOff);
    }
}
