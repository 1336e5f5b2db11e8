package jp.kojo.deduction.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.kojo.deduction.boundary.PayrollRefusal;
import jp.kojo.deduction.entity.NotDeductedReason;
import jp.kojo.deduction.entity.ResultCode;

/**
 * 控除結果の入力 (賃金控除型): a result code with its deducted amount. 全額控除 is the requested amount, 一部控除 an
 * amount above 0 and below the request, 控除不能 0 yen with a reason (その他 with a note). The amount may be left
 * out for 全額 and 控除不能, whose amounts follow from the code. Also which fields a save changes, for the history.
 */
public final class PayrollResultRule {
    /** The fields of a payroll line a user can change, as recorded in its history. */
    public record State(ResultCode result, Long amount, NotDeductedReason reason, String note) {
    }

    private PayrollResultRule() {
    }

    /** The refusal an entry deserves, or null when {@link #normal} may be saved. */
    public static PayrollRefusal check(long requested, ResultCode result, Long amount, NotDeductedReason reason,
                                       String note) {
        if (result == null) {
            return PayrollRefusal.RESULT_REQUIRED;
        }
        if (amount != null && (amount < 0 || amount > requested)) {
            return PayrollRefusal.AMOUNT_OUT_OF_RANGE;
        }
        String stripped = LineMarkRule.normalNote(note);
        if (stripped != null && stripped.length() > LineMarkRule.NOTE_MAX) {
            return PayrollRefusal.NOTE_TOO_LONG;
        }
        return switch (result) {
            case DEDUCTED -> amount != null && amount != requested ? PayrollRefusal.FULL_AMOUNT_MISMATCH : null;
            case PARTIALLY_DEDUCTED -> amount == null ? PayrollRefusal.AMOUNT_REQUIRED
                    : amount <= 0 || amount >= requested ? PayrollRefusal.PARTIAL_AMOUNT_OUT_OF_RANGE : null;
            case NOT_DEDUCTED -> amount != null && amount != 0 ? PayrollRefusal.NONE_AMOUNT_NOT_ZERO
                    : reason == null ? PayrollRefusal.REASON_REQUIRED
                    : reason.needsNote() && stripped == null ? PayrollRefusal.NOTE_REQUIRED : null;
        };
    }

    /**
     * The entry as stored, once {@link #check} passed: the amount filled in from the code; 全額控除 keeps no
     * reason or note; 一部控除 may keep a reason (給与不足, say) and a note.
     */
    public static State normal(long requested, ResultCode result, Long amount, NotDeductedReason reason, String note) {
        return switch (result) {
            case DEDUCTED -> new State(result, requested, null, null);
            case PARTIALLY_DEDUCTED -> new State(result, amount, reason, LineMarkRule.normalNote(note));
            case NOT_DEDUCTED -> new State(result, 0L, reason, LineMarkRule.normalNote(note));
        };
    }

    /** The code an uploaded amount stands for, or null when the amount cannot be a result of that request. */
    public static ResultCode codeFor(long requested, long amount) {
        if (amount < 0 || amount > requested) {
            return null;
        }
        return amount == requested ? ResultCode.DEDUCTED : amount == 0 ? ResultCode.NOT_DEDUCTED
                : ResultCode.PARTIALLY_DEDUCTED;
    }

    /** 承認 needs a result on every line. */
    public static PayrollRefusal approvable(long linesWithoutResult) {
        return linesWithoutResult > 0 ? PayrollRefusal.RESULTS_MISSING : null;
    }

    /** Changed fields: names are result, deductedAmount, reason, note. */
    public static List<LineMarkRule.Change> changes(State before, State after) {
        List<LineMarkRule.Change> changes = new ArrayList<>();
        add(changes, "result", name(before.result()), name(after.result()));
        add(changes, "deductedAmount", text(before.amount()), text(after.amount()));
        add(changes, "reason", name(before.reason()), name(after.reason()));
        add(changes, "note", before.note(), after.note());
        return changes;
    }

    private static void add(List<LineMarkRule.Change> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new LineMarkRule.Change(field, before, after));
        }
    }

    private static String text(Long amount) {
        return amount == null ? null : amount.toString();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
