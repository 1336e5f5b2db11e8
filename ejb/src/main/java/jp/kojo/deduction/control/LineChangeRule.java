package jp.kojo.deduction.control;

import jp.kojo.deduction.boundary.LineChangeMark;
import jp.kojo.deduction.boundary.LineStatus;
import jp.kojo.deduction.entity.ResultCode;

/**
 * The inquiry's (照会) marks: a line against the previous cycle of the same kind, and a line's status. The same
 * rule is written twice, here for a line in hand and as JPQL conditions for filtering in the database; the
 * unit test holds the Java, the system test the SQL, and both sit side by side so they are changed together.
 */
public final class LineChangeRule {
    private LineChangeRule() {
    }

    /**
     * The mark of a line of the current cycle.
     *
     * @param previousCycle whether there is a previous cycle of the same kind to compare with; without one
     *                      nothing is marked (a first cycle is not "all new")
     * @param previousAmount the amount of the same person and product in the previous cycle, null if none
     * @param amount the amount now
     */
    public static LineChangeMark mark(boolean previousCycle, Long previousAmount, long amount) {
        if (!previousCycle) {
            return null;
        }
        if (previousAmount == null) {
            return LineChangeMark.NEW;
        }
        return previousAmount == amount ? LineChangeMark.UNCHANGED : LineChangeMark.CHANGED;
    }

    public static LineStatus status(ResultCode result, boolean paymentStopped) {
        if (paymentStopped) {
            return LineStatus.PAYMENT_STOPPED;
        }
        return result == ResultCode.NOT_DEDUCTED ? LineStatus.NOT_DEDUCTED : LineStatus.DEDUCTED;
    }

    /** Whether a line of this status is listed under a status filter: "not deducted" includes the stopped ones. */
    public static boolean statusMatches(LineStatus filter, LineStatus status) {
        if (filter == null) {
            return true;
        }
        return filter == LineStatus.NOT_DEDUCTED ? status != LineStatus.DEDUCTED : filter == status;
    }

    /**
     * JPQL condition for lines of the current cycle ({@code l}) left-joined to the previous cycle's line of
     * the same person and product ({@code prev}). Ended lines are never lines of the current cycle.
     */
    static String markCondition(LineChangeMark mark, boolean previousCycle) {
        if (mark == null) {
            return "";
        }
        if (!previousCycle || mark == LineChangeMark.ENDED) {
            return " AND 1 = 0";
        }
        return switch (mark) {
            case NEW -> " AND prev.id IS NULL";
            case CHANGED -> " AND prev.id IS NOT NULL AND prev.requestedAmount <> l.requestedAmount";
            case UNCHANGED -> " AND prev.requestedAmount = l.requestedAmount";
            case ENDED -> " AND 1 = 0";
        };
    }

    static final String NOT_DEDUCTED_CONDITION =
            "(l.resultCode = jp.kojo.deduction.entity.ResultCode.NOT_DEDUCTED OR l.paymentStopped = TRUE)";

    static String statusCondition(LineStatus status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case NOT_DEDUCTED -> " AND " + NOT_DEDUCTED_CONDITION;
            case PAYMENT_STOPPED -> " AND l.paymentStopped = TRUE";
            // Spelt out rather than NOT(...): a line without a result code has a NULL there, and NOT NULL is no match.
            case DEDUCTED -> " AND (l.resultCode IS NULL OR l.resultCode <> jp.kojo.deduction.entity.ResultCode.NOT_DEDUCTED)"
                    + " AND l.paymentStopped = FALSE";
        };
    }
}
