package jp.kojo.deduction.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.kojo.deduction.boundary.LumpSumRefusal;
import jp.kojo.deduction.entity.NotDeductedReason;
import jp.kojo.deduction.entity.Product;
import jp.kojo.deduction.entity.ResultCode;

/**
 * 控除不能の入力: what a mark must hold (a reason; a note for その他; payment stop only where the product allows
 * it) and which fields a save changes, for the line's history.
 */
public final class LineMarkRule {
    public static final int NOTE_MAX = 100;

    /** The fields of a line a user can change, as recorded in its history. */
    public record State(ResultCode result, NotDeductedReason reason, String note, boolean paymentStopped) {
        public static final State DEDUCTED = new State(null, null, null, false);
    }

    /** One changed field: names are result, reason, note, paymentStopped. */
    public record Change(String field, String before, String after) {
    }

    private LineMarkRule() {
    }

    /** The refusal a mark deserves, or null when it may be saved. */
    public static LumpSumRefusal check(Product product, NotDeductedReason reason, String note, boolean paymentStop) {
        if (reason == null) {
            return LumpSumRefusal.REASON_REQUIRED;
        }
        String stripped = normalNote(note);
        if (reason.needsNote() && stripped == null) {
            return LumpSumRefusal.NOTE_REQUIRED;
        }
        if (stripped != null && stripped.length() > NOTE_MAX) {
            return LumpSumRefusal.NOTE_TOO_LONG;
        }
        if (paymentStop && !product.paymentStopAllowed()) {
            return LumpSumRefusal.PAYMENT_STOP_NOT_ALLOWED;
        }
        return null;
    }

    /** A note as stored: stripped, null when blank. */
    public static String normalNote(String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }

    public static List<Change> changes(State before, State after) {
        List<Change> changes = new ArrayList<>();
        add(changes, "result", name(before.result()), name(after.result()));
        add(changes, "reason", name(before.reason()), name(after.reason()));
        add(changes, "note", before.note(), after.note());
        add(changes, "paymentStopped", String.valueOf(before.paymentStopped()), String.valueOf(after.paymentStopped()));
        return changes;
    }

    private static void add(List<Change> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(field, before, after));
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
