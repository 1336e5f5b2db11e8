package jp.kojo.batch.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The deletes of the retention purge, in plain JDBC, children before parents. Each method is one step the caller
 * runs in its own transaction; all are idempotent, so a purge stopped or failed half-way is finished by running it
 * again. A new table that refers to a cycle, a line or a savings deposit belongs here too.
 */
final class RetentionStore {
    private RetentionStore() {
    }

    /** Cycles of months before the cutoff ({@code year_month} is {@code YYYY-MM}, so text order is month order). */
    static List<Long> cyclesBefore(Connection c, YearMonth cutoff) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM deduction_cycle WHERE year_month < ? ORDER BY id")) {
            ps.setString(1, cutoff.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /**
     * Deletes the cycle's next {@code batch} lines (by id) with their change history and upload rows.
     *
     * @return the lines deleted; 0 when the cycle has none left
     */
    static int deleteLineBatch(Connection c, long cycleId, int batch) throws SQLException {
        long first;
        long last;
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM deduction_line WHERE cycle_id = ? ORDER BY id")) {
            ps.setMaxRows(batch);
            ps.setLong(1, cycleId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return 0;
                }
                first = rs.getLong(1);
                last = first;
                while (rs.next()) {
                    last = rs.getLong(1);
                }
            }
        }
        String lines = "SELECT id FROM deduction_line WHERE cycle_id = ? AND id BETWEEN ? AND ?";
        update(c, "DELETE FROM deduction_line_change WHERE line_id IN (" + lines + ")", cycleId, first, last);
        update(c, "DELETE FROM result_upload_row WHERE line_id IN (" + lines + ")", cycleId, first, last);
        return update(c, "DELETE FROM deduction_line WHERE cycle_id = ? AND id BETWEEN ? AND ?", cycleId, first, last);
    }

    /** Deletes a cycle without lines and everything else that refers to it. */
    static void deleteCycle(Connection c, long cycleId) throws SQLException {
        update(c, "DELETE FROM result_upload_row WHERE upload_id IN (SELECT id FROM result_upload WHERE cycle_id = ?)", cycleId);
        update(c, "DELETE FROM result_upload WHERE cycle_id = ?", cycleId);
        update(c, "DELETE FROM reminder_sent WHERE cycle_id = ?", cycleId);
        update(c, "DELETE FROM results_export WHERE organization_cycle_id IN"
                + " (SELECT id FROM organization_cycle WHERE cycle_id = ?)", cycleId);
        update(c, "DELETE FROM organization_cycle WHERE cycle_id = ?", cycleId);
        update(c, "DELETE FROM interchange_file WHERE cycle_id = ?", cycleId);
        update(c, "DELETE FROM deduction_cycle WHERE id = ?", cycleId);
    }

    /**
     * Deletes asset-formation savings deposit statements due before the cutoff, statements of runs before it (their
     * lines go with them) and the files no statement comes from any more; the same for union-wide savings.
     *
     * @return the deposit statements and statements deleted
     */
    static int deleteZaikeiBefore(Connection c, YearMonth cutoff) throws SQLException {
        java.sql.Date firstKept = java.sql.Date.valueOf(cutoff.atDay(1));
        String deposits = "SELECT id FROM zaikei_deposit WHERE deposit_date < ?";
        update(c, "DELETE FROM zaikei_deposit_line WHERE deposit_id IN (" + deposits + ")", firstKept);
        update(c, "DELETE FROM zaikei_deposit_change WHERE deposit_id IN (" + deposits + ")", firstKept);
        int deleted = update(c, "DELETE FROM zaikei_deposit WHERE deposit_date < ?", firstKept);
        deleted += update(c, "DELETE FROM zaikei_statement WHERE year_month < ?", cutoff.toString());
        update(c, "DELETE FROM zaikei_file WHERE received_at < ? AND NOT EXISTS"
                + " (SELECT 1 FROM zaikei_statement s WHERE s.file_id = zaikei_file.id)",
                Timestamp.valueOf(cutoff.atDay(1).atStartOfDay()));
        deleted += deleteCollectiveSavingsBefore(c, cutoff);
        return deleted;
    }

    /** Union-wide savings statements of runs before the cutoff (lines cascade) and the files left without one. */
    static int deleteCollectiveSavingsBefore(Connection c, YearMonth cutoff) throws SQLException {
        int deleted = update(c, "DELETE FROM collective_savings_statement WHERE year_month < ?", cutoff.toString());
        update(c, "DELETE FROM collective_savings_file WHERE received_at < ? AND NOT EXISTS"
                + " (SELECT 1 FROM collective_savings_statement s WHERE s.file_id = collective_savings_file.id)",
                Timestamp.valueOf(cutoff.atDay(1).atStartOfDay()));
        return deleted;
    }

    private static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            return ps.executeUpdate();
        }
    }
}
