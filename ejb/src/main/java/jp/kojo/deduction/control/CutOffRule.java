package jp.kojo.deduction.control;

import java.time.LocalDate;
import jp.kojo.calendar.control.BusinessCalendar;

/**
 * 送信期限: a cycle can be sent until the end of its cut-off day, by default two business days before the
 * payment date (the bank sets the number per contract), counted with the service calendar.
 */
public record CutOffRule(int businessDaysBefore) {
    public static final CutOffRule DEFAULT = new CutOffRule(2);

    public CutOffRule {
        if (businessDaysBefore < 0 || businessDaysBefore > 20) {
            throw new IllegalArgumentException("Cut-off must be 0 to 20 business days before payment: " + businessDaysBefore);
        }
    }

    public LocalDate cutOff(LocalDate paymentDate, BusinessCalendar calendar) {
        return calendar.businessDaysBefore(paymentDate, businessDaysBefore);
    }

    /** Whether sending is still allowed today: on the cut-off day itself, yes; a day later, no. */
    public boolean open(LocalDate today, LocalDate cutOff) {
        return !today.isAfter(cutOff);
    }
}
