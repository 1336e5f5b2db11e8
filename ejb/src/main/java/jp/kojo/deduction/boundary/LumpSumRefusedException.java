package jp.kojo.deduction.boundary;

import jakarta.ejb.ApplicationException;
import java.time.LocalDate;

/**
 * A lump-sum action refused; nothing of it was saved. Carries what the message needs: the cut-off date when
 * it has passed, the line number when one line is at fault.
 */
@ApplicationException(rollback = true)
public class LumpSumRefusedException extends RuntimeException {
    private final LumpSumRefusal refusal;
    private final LocalDate cutOffDate;
    private final Integer lineNumber;

    public LumpSumRefusedException(LumpSumRefusal refusal, LocalDate cutOffDate, Integer lineNumber) {
        super("Refused: " + refusal + (cutOffDate == null ? "" : " (cut-off " + cutOffDate + ")")
                + (lineNumber == null ? "" : " (line " + lineNumber + ")"));
        this.refusal = refusal;
        this.cutOffDate = cutOffDate;
        this.lineNumber = lineNumber;
    }

    public LumpSumRefusedException(LumpSumRefusal refusal) {
        this(refusal, null, null);
    }

    public LumpSumRefusal refusal() { return refusal; }
    public LocalDate cutOffDate() { return cutOffDate; }
    public Integer lineNumber() { return lineNumber; }
}
