package jp.kojo.deduction.boundary;

import jakarta.ejb.ApplicationException;
import java.time.LocalDate;

/**
 * A payroll-type action refused; nothing of it was saved. Carries what the message needs: the cut-off date when
 * it has passed, the line number when one line is at fault, a count (lines without a result).
 */
@ApplicationException(rollback = true)
public class PayrollRefusedException extends RuntimeException {
    private final PayrollRefusal refusal;
    private final LocalDate cutOffDate;
    private final Integer lineNumber;
    private final long count;

    public PayrollRefusedException(PayrollRefusal refusal, LocalDate cutOffDate, Integer lineNumber, long count) {
        super("Refused: " + refusal + (cutOffDate == null ? "" : " (cut-off " + cutOffDate + ")")
                + (lineNumber == null ? "" : " (line " + lineNumber + ")") + (count == 0 ? "" : " (" + count + ")"));
        this.refusal = refusal;
        this.cutOffDate = cutOffDate;
        this.lineNumber = lineNumber;
        this.count = count;
    }

    public PayrollRefusedException(PayrollRefusal refusal) {
        this(refusal, null, null, 0);
    }

    public PayrollRefusedException(PayrollRefusal refusal, Integer lineNumber) {
        this(refusal, null, lineNumber, 0);
    }

    public PayrollRefusal refusal() { return refusal; }
    public LocalDate cutOffDate() { return cutOffDate; }
    public Integer lineNumber() { return lineNumber; }
    public long count() { return count; }
}
