package jp.kojo.web.api.v1;

import jp.kojo.deduction.boundary.LumpSumRefusal;

/**
 * How the API answers a refused lump-sum action: 404 for a line that is not the caller's, 412 when the line
 * changed since the version in If-Match (as for the payroll type), 409 when the cycle moved on (frozen, cut-off
 * passed), 403 when this user may not, 422 with the field for a change that breaks a rule of the line.
 */
public final class Refusals {
    private Refusals() {
    }

    public static int status(LumpSumRefusal refusal) {
        return switch (refusal) {
            case NO_SUCH_LINE -> 404;
            case NO_UPDATE_RIGHT, NO_SEND_RIGHT, SAME_USER_AS_LAST_CHANGE -> 403;
            case STALE -> 412;
            case FROZEN, NOT_APPROVED, ALREADY_APPROVED, CUT_OFF_PASSED, NOT_SENT -> 409;
            default -> 422;
        };
    }

    /** The field of the line change at fault (as named in the PATCH body), or null when not one field's. */
    public static String field(LumpSumRefusal refusal) {
        return switch (refusal) {
            case STATUS_REQUIRED, UNKNOWN_STATUS -> "status";
            case REASON_REQUIRED, UNKNOWN_REASON, NOT_ALLOWED_WHEN_DEDUCTED -> "reason";
            case NOTE_REQUIRED, NOTE_TOO_LONG -> "note";
            case PAYMENT_STOP_NOT_ALLOWED -> "paymentStop";
            default -> null;
        };
    }
}
