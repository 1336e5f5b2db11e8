package jp.kojo.zaikei.boundary;

import jakarta.ejb.ApplicationException;
import java.time.LocalDate;

/** A deposit statement action refused; nothing of it was saved. Carries the deadline when it has passed. */
@ApplicationException(rollback = true)
public class ZaikeiRefusedException extends RuntimeException {
    private final ZaikeiRefusal refusal;
    private final LocalDate sendBy;

    public ZaikeiRefusedException(ZaikeiRefusal refusal, LocalDate sendBy) {
        super("Refused: " + refusal + (sendBy == null ? "" : " (deadline " + sendBy + ")"));
        this.refusal = refusal;
        this.sendBy = sendBy;
    }

    public ZaikeiRefusedException(ZaikeiRefusal refusal) {
        this(refusal, null);
    }

    public ZaikeiRefusal refusal() { return refusal; }
    public LocalDate sendBy() { return sendBy; }
}
