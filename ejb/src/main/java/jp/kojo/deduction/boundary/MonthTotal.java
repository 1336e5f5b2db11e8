package jp.kojo.deduction.boundary;

import java.time.YearMonth;

/** One month of an organisation's requests (monthly and bonus cycles together): requested and not deducted. */
public record MonthTotal(YearMonth month, long requestedAmount, long notDeductedAmount) {
}
