package jp.kojo.deduction.boundary;

/** Why a lump-sum action was refused; the screens turn each into a message. */
public enum LumpSumRefusal {
    /** The line does not exist or is not the caller's organisation's: the two are not told apart. */
    NO_SUCH_LINE,
    /** Someone else saved the line since the user opened it; nothing was saved. */
    STALE,
    NOTHING_SELECTED,
    LINES_OF_SEVERAL_CYCLES,
    REASON_REQUIRED,
    NOTE_REQUIRED,
    NOTE_TOO_LONG,
    PAYMENT_STOP_NOT_ALLOWED,
    NO_UPDATE_RIGHT,
    FROZEN,
    NOT_APPROVED,
    ALREADY_APPROVED,
    SAME_USER_AS_LAST_CHANGE,
    NO_SEND_RIGHT,
    CUT_OFF_PASSED,
    NOT_SENT,
    REASON_FOR_REOPEN_REQUIRED,
    /** A change of a line (API) that names no result. */
    STATUS_REQUIRED,
    /** A result other than DEDUCTED or NOT_DEDUCTED. */
    UNKNOWN_STATUS,
    /** A not-deducted reason that is not one of {@code NotDeductedReason}'s names. */
    UNKNOWN_REASON,
    /** A line put back to deducted cannot carry a reason, a note or a payment stop. */
    NOT_ALLOWED_WHEN_DEDUCTED
}
