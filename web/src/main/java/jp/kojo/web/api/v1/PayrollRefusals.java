package jp.kojo.web.api.v1;

import jp.kojo.deduction.boundary.PayrollRefusal;

/**
 * How the API answers a refused payroll-type action: 404 for a line or upload that is not the caller's, 412
 * when the line changed since the version in If-Match, 409 when the cycle or upload moved on (sent, approved,
 * cut-off passed, expired, lines still without a result), 403 when this user may not, 422 with the field for a
 * result or a request that breaks a rule.
 */
public final class PayrollRefusals {
    private PayrollRefusals() {
    }

    public static int status(PayrollRefusal refusal) {
        return switch (refusal) {
            case NO_SUCH_LINE, NO_SUCH_UPLOAD, LINES_OF_SEVERAL_CYCLES -> 404;
            case STALE -> 412;
            case NO_UPDATE_RIGHT, NO_SEND_RIGHT, SAME_USER_AS_LAST_CHANGE -> 403;
            case FROZEN, NOT_APPROVED, ALREADY_APPROVED, CUT_OFF_PASSED, UPLOAD_EXPIRED, RESULTS_MISSING -> 409;
            case NOTHING_SELECTED, RESULT_REQUIRED, AMOUNT_REQUIRED, AMOUNT_OUT_OF_RANGE, FULL_AMOUNT_MISMATCH,
                    PARTIAL_AMOUNT_OUT_OF_RANGE, NONE_AMOUNT_NOT_ZERO, REASON_REQUIRED, NOTE_REQUIRED, NOTE_TOO_LONG,
                    MAPPING_INCOMPLETE, ZERO_REASON_REQUIRED -> 422;
        };
    }

    /** The field of the request body at fault (as named in the JSON), or null when not one field's. */
    public static String field(PayrollRefusal refusal) {
        return switch (refusal) {
            case RESULT_REQUIRED -> "resultCode";
            case AMOUNT_REQUIRED, AMOUNT_OUT_OF_RANGE, FULL_AMOUNT_MISMATCH, PARTIAL_AMOUNT_OUT_OF_RANGE,
                    NONE_AMOUNT_NOT_ZERO -> "deductedAmount";
            case REASON_REQUIRED -> "reason";
            case NOTE_REQUIRED, NOTE_TOO_LONG -> "note";
            case MAPPING_INCOMPLETE -> "mapping";
            case ZERO_REASON_REQUIRED -> "zeroReason";
            case NOTHING_SELECTED -> "rowIds";
            default -> null;
        };
    }

    /** The message key: the screens' text, but the API's own where the screen's speaks of the form. */
    public static String key(PayrollRefusal refusal) {
        return switch (refusal) {
            case STALE -> "api.payroll.stale";
            case NOTHING_SELECTED -> "api.payroll.nothingToApply";
            case MAPPING_INCOMPLETE -> "api.payroll.mappingIncomplete";
            default -> "payroll.refused." + refusal.name();
        };
    }
}
