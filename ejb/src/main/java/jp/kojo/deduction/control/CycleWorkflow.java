package jp.kojo.deduction.control;

import java.util.Objects;
import jp.kojo.deduction.entity.CycleStatus;

/**
 * The moves of an organisation's cycle and who may make them: edits while not approved; approval by a user
 * with the send right who did not make the last change (an organisation with a single user may approve its
 * own change, recorded as such); sending only once approved and before the cut-off; a sent cycle is frozen
 * until the bank reopens it with a reason.
 */
public final class CycleWorkflow {
    /** Why a move is refused; the screens turn it into a message. */
    public enum Refusal {
        FROZEN, NOT_APPROVED, ALREADY_APPROVED, SAME_USER_AS_LAST_CHANGE, NO_SEND_RIGHT, CUT_OFF_PASSED, NOT_SENT,
        REASON_REQUIRED
    }

    /** A refused move, with its reason. */
    public static final class RefusedException extends RuntimeException {
        private final Refusal refusal;

        public RefusedException(Refusal refusal) {
            super("Refused: " + refusal);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    private CycleWorkflow() {
    }

    /** Lines can be changed while the cycle is issued or in progress; an approval is withdrawn by a change. */
    public static CycleStatus afterEdit(CycleStatus status) {
        return switch (status) {
            case ISSUED, IN_PROGRESS, APPROVED -> CycleStatus.IN_PROGRESS;
            case SENT, SETTLED -> throw new RefusedException(Refusal.FROZEN);
        };
    }

    /**
     * @param lastChangedBy login id of the user who last changed a line, or null if nobody did
     * @param usersWithSendRight how many users of the organisation hold the send right
     * @return true when the approval is a single user's own (recorded as approved alone)
     */
    public static boolean approve(CycleStatus status, String approver, boolean approverHasSendRight,
                                  String lastChangedBy, int usersWithSendRight) {
        if (status == CycleStatus.SENT || status == CycleStatus.SETTLED) {
            throw new RefusedException(Refusal.FROZEN);
        }
        if (status == CycleStatus.APPROVED) {
            throw new RefusedException(Refusal.ALREADY_APPROVED);
        }
        if (!approverHasSendRight) {
            throw new RefusedException(Refusal.NO_SEND_RIGHT);
        }
        boolean own = Objects.equals(approver, lastChangedBy);
        if (own && usersWithSendRight > 1) {
            throw new RefusedException(Refusal.SAME_USER_AS_LAST_CHANGE);
        }
        return own;
    }

    public static CycleStatus send(CycleStatus status, boolean senderHasSendRight, boolean cutOffOpen) {
        if (status == CycleStatus.SENT || status == CycleStatus.SETTLED) {
            throw new RefusedException(Refusal.FROZEN);
        }
        if (status != CycleStatus.APPROVED) {
            throw new RefusedException(Refusal.NOT_APPROVED);
        }
        if (!senderHasSendRight) {
            throw new RefusedException(Refusal.NO_SEND_RIGHT);
        }
        if (!cutOffOpen) {
            throw new RefusedException(Refusal.CUT_OFF_PASSED);
        }
        return CycleStatus.SENT;
    }

    /** The bank reopens a sent cycle; the reason is recorded. */
    public static CycleStatus reopen(CycleStatus status, String reason) {
        if (status != CycleStatus.SENT) {
            throw new RefusedException(Refusal.NOT_SENT);
        }
        if (reason == null || reason.isBlank()) {
            throw new RefusedException(Refusal.REASON_REQUIRED);
        }
        return CycleStatus.IN_PROGRESS;
    }
}
