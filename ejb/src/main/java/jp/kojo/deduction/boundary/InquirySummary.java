package jp.kojo.deduction.boundary;

import java.io.Serializable;
import java.time.YearMonth;

/**
 * What the inquiry shows above a list: the lines not deducted (payment-stopped included) with their amount,
 * and how many lines are new, changed or ended since the previous cycle of the same kind
 * ({@code previousYearMonth} null: there is none, and nothing is marked).
 */
public record InquirySummary(YearMonth previousYearMonth, long notDeductedCount, long notDeductedAmount,
                             long newCount, long changedCount, long endedCount) implements Serializable {
    public boolean compared() {
        return previousYearMonth != null;
    }
}
