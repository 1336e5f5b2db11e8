package jp.kojo.deduction.control;

import java.util.Arrays;
import jp.kojo.deduction.boundary.LineUpdate;
import jp.kojo.deduction.boundary.LumpSumRefusal;
import jp.kojo.deduction.entity.NotDeductedReason;
import jp.kojo.deduction.entity.ResultCode;

/**
 * Reads a {@link LineUpdate} given by name: which result it asks for and, when not deducted, which reason. The
 * mark's own rules (note, payment stop by product) stay in {@link LineMarkRule}.
 */
public final class LineUpdateRule {
    /** The change as the entity's types: a null reason means back to deducted. */
    public record Parsed(ResultCode result, NotDeductedReason reason, String note, boolean paymentStop) {
        public boolean clears() {
            return result == ResultCode.DEDUCTED;
        }
    }

    /** A change that cannot be read; the refusal says which rule. */
    public static final class RefusedException extends RuntimeException {
        private final LumpSumRefusal refusal;

        RefusedException(LumpSumRefusal refusal) {
            super("Refused: " + refusal);
            this.refusal = refusal;
        }

        public LumpSumRefusal refusal() {
            return refusal;
        }
    }

    private LineUpdateRule() {
    }

    public static Parsed parse(LineUpdate update) {
        if (update == null || update.status() == null || update.status().isBlank()) {
            throw new RefusedException(LumpSumRefusal.STATUS_REQUIRED);
        }
        ResultCode result = Arrays.stream(ResultCode.values()).filter(r -> r.name().equals(update.status().strip()))
                .findFirst().orElseThrow(() -> new RefusedException(LumpSumRefusal.UNKNOWN_STATUS));
        boolean paymentStop = Boolean.TRUE.equals(update.paymentStop());
        if (result == ResultCode.DEDUCTED) {
            if (update.reason() != null || LineMarkRule.normalNote(update.note()) != null || paymentStop) {
                throw new RefusedException(LumpSumRefusal.NOT_ALLOWED_WHEN_DEDUCTED);
            }
            return new Parsed(result, null, null, false);
        }
        if (update.reason() == null || update.reason().isBlank()) {
            throw new RefusedException(LumpSumRefusal.REASON_REQUIRED);
        }
        NotDeductedReason reason = Arrays.stream(NotDeductedReason.values())
                .filter(r -> r.name().equals(update.reason().strip())).findFirst()
                .orElseThrow(() -> new RefusedException(LumpSumRefusal.UNKNOWN_REASON));
        return new Parsed(result, reason, update.note(), paymentStop);
    }
}
