package jp.kojo.platform;

import java.sql.SQLException;

/**
 * Recognises the database refusing a duplicate key (SQLSTATE 23505 on PostgreSQL and H2): what a check done before
 * the insert cannot rule out when two people save the same key at the same moment.
 */
public final class UniqueViolation {
    private static final String SQL_STATE = "23505";

    private UniqueViolation() {
    }

    /** True when the exception, or any cause of it, is a unique-key violation. */
    public static boolean isCauseOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (SQL_STATE.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
