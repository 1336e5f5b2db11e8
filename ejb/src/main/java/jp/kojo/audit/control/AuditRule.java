package jp.kojo.audit.control;

import jp.kojo.audit.entity.AuditAction;

/** What an audit record must carry, and how long its texts may be (the columns' sizes). */
public final class AuditRule {
    public static final int MAX_REASON = 200;
    public static final int MAX_REFERENCE = 100;
    public static final int MAX_DETAILS = 1000;

    private AuditRule() {
    }

    /** A bank act is recorded only with a reason; other acts may go without. */
    public static boolean reasonMissing(AuditAction action, String reason) {
        return action.bankAct() && (reason == null || reason.isBlank());
    }

    /** The text stripped and cut to the column's size; null for nothing. */
    public static String fit(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }
}
