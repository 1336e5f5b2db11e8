package jp.kojo.batch.requestload;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL only: the move of a large file checks its foreign keys once for the whole file instead of once per row.
 *
 * <p>A foreign key is checked by a trigger per inserted row: four per line and one per person, most of the time
 * of a million-line move. When Kojo's database user may set {@code session_replication_role} (a superuser, or
 * on PostgreSQL 15 and later a user granted {@code SET ON PARAMETER session_replication_role}), the move sets it
 * to {@code replica} for its own inserts only, which switches those triggers off, and first does what they do,
 * set-based: every row the new lines and persons will refer to (the cycle, the file, each organisation, each
 * person already there) must exist, and is locked {@code FOR KEY SHARE} until the move commits, exactly the lock a
 * trigger takes, so that nobody can delete it in between. The new lines' persons are found by a join in the same
 * statement that inserts them. Kojo has no triggers of its own that this could skip.
 * Without the privilege the move runs with the triggers, the same statements, only slower.
 */
final class ForeignKeysChecked {
    private static final String ORGANIZATIONS_STAGED =
            "SELECT COUNT(DISTINCT organization_id) FROM request_line_staging WHERE file_id = ?";
    private static final String LOCK_ORGANIZATIONS =
            "SELECT COUNT(*) FROM (SELECT o.id FROM organization o WHERE o.id IN"
                    + " (SELECT s.organization_id FROM request_line_staging s WHERE s.file_id = ?) FOR KEY SHARE) x";
    private static final String LOCK_EXISTING_PERSONS =
            "SELECT COUNT(*) FROM (SELECT p.id FROM person p WHERE (p.organization_id, p.person_number) IN"
                    + " (SELECT s.organization_id, s.person_number FROM request_line_staging s WHERE s.file_id = ?)"
                    + " FOR KEY SHARE OF p) x";

    private ForeignKeysChecked() {
    }

    /** Whether this connection's user may switch the per-row checks off for its transaction. */
    static boolean allowed(Connection c) throws SQLException {
        String privilege = c.getMetaData().getDatabaseMajorVersion() >= 15
                ? "has_parameter_privilege('session_replication_role', 'SET')"
                : "FALSE";
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT rolsuper OR " + privilege
                     + " FROM pg_roles WHERE rolname = current_user")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /**
     * Locks every row the file's lines and persons will refer to, as the foreign-key triggers would, and refuses
     * the move if one is missing. Then switches the triggers off until {@link #restore}, or the end of the transaction.
     */
    static void lockReferencesAndSwitchOff(Connection c, long fileId, long cycleId) throws SQLException {
        lockOne(c, "SELECT id FROM deduction_cycle WHERE id = ? FOR KEY SHARE", cycleId, "deduction_cycle");
        lockOne(c, "SELECT id FROM interchange_file WHERE id = ? FOR KEY SHARE", fileId, "interchange_file");
        long staged = single(c, ORGANIZATIONS_STAGED, fileId);
        long locked = single(c, LOCK_ORGANIZATIONS, fileId);
        if (locked != staged) {
            throw new IllegalStateException("file " + fileId + ": " + (staged - locked) + " of its " + staged
                    + " organisations no longer exist");
        }
        single(c, LOCK_EXISTING_PERSONS, fileId);
        try (Statement s = c.createStatement()) {
            s.execute("SET LOCAL session_replication_role = replica");
        }
    }

    /** Switches the per-row triggers on again for the rest of the transaction. */
    static void restore(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET LOCAL session_replication_role = origin");
        }
    }

    private static void lockOne(Connection c, String sql, long id, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException(table + " " + id + " no longer exists");
                }
            }
        }
    }

    private static long single(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
