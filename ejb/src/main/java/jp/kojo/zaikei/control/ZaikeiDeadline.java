package jp.kojo.zaikei.control;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When a deposit statement is due: it can be sent until the end of the day 4 business days before the scheduled
 * deposit date (weekends, national holidays and December 31 to January 3 do not count). The next deposit after a
 * statement is the 25th of the following month, or the business day before it when the 25th is closed.
 */
public final class ZaikeiDeadline {
    public static final int BUSINESS_DAYS_BEFORE = 4;
    public static final int DEPOSIT_DAY = 25;

    /** Business-day arithmetic: {@code BusinessCalendar::businessDaysBefore} or the service calendar's. */
    public interface BusinessDays {
        LocalDate businessDaysBefore(LocalDate date, int n);
    }

    private ZaikeiDeadline() {
    }

    public static LocalDate sendBy(LocalDate depositDate, BusinessDays calendar) {
        return sendBy(depositDate, BUSINESS_DAYS_BEFORE, calendar);
    }

    /** With the contract's own number of business days (団体・契約管理) instead of the default. */
    public static LocalDate sendBy(LocalDate depositDate, int businessDaysBefore, BusinessDays calendar) {
        return calendar.businessDaysBefore(depositDate, businessDaysBefore);
    }

    public static boolean open(LocalDate today, LocalDate depositDate, BusinessDays calendar) {
        return !today.isAfter(sendBy(depositDate, calendar));
    }

    /** The deposit the next deposit statement is for, after a statement of {@code statementMonth}. */
    public static LocalDate nextDeposit(YearMonth statementMonth, BusinessDays calendar) {
        return calendar.businessDaysBefore(statementMonth.plusMonths(1).atDay(DEPOSIT_DAY), 0);
    }
}
