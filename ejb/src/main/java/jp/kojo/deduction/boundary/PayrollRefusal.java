package jp.kojo.deduction.boundary;

/** Why a payroll-type action was refused; the screens (and later the API) turn each into a message. */
public enum PayrollRefusal {
    /** The line does not exist or is not the caller's organisation's: the two are not told apart. */
    NO_SUCH_LINE,
    /** Someone saved the line since the user saw it; nothing was saved. */
    STALE,
    NOTHING_SELECTED,
    LINES_OF_SEVERAL_CYCLES,
    RESULT_REQUIRED,
    AMOUNT_REQUIRED,
    /** 控除額 below 0 or above the requested amount. */
    AMOUNT_OUT_OF_RANGE,
    /** 全額控除 with an amount other than the requested one. */
    FULL_AMOUNT_MISMATCH,
    /** 一部控除 needs an amount above 0 and below the request. */
    PARTIAL_AMOUNT_OUT_OF_RANGE,
    /** 控除不能 with an amount other than 0. */
    NONE_AMOUNT_NOT_ZERO,
    REASON_REQUIRED,
    NOTE_REQUIRED,
    NOTE_TOO_LONG,
    NO_UPDATE_RIGHT,
    /** Approval while lines still have no result; the count is in the exception. */
    RESULTS_MISSING,
    FROZEN,
    NOT_APPROVED,
    ALREADY_APPROVED,
    SAME_USER_AS_LAST_CHANGE,
    NO_SEND_RIGHT,
    CUT_OFF_PASSED,
    /** The upload does not exist, is another organisation's, or was already cleared away. */
    NO_SUCH_UPLOAD,
    UPLOAD_EXPIRED,
    /** The column mapping lacks a column name. */
    MAPPING_INCOMPLETE,
    /** Rows of 0 yen are applied as 控除不能 and need a reason that needs no note. */
    ZERO_REASON_REQUIRED
}
