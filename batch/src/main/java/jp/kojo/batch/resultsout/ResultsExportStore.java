package jp.kojo.batch.resultsout;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kojo.deduction.entity.CycleKind;

/** The {@code results_export} rows and the lines of the cycles they export, in plain JDBC. */
public final class ResultsExportStore {
    public static final String PENDING = "PENDING";
    public static final String EXPORTED = "EXPORTED";
    /** Sent and, later, settled cycles are frozen: both are exported. */
    private static final String SENT_STATUSES = "('SENT', 'SETTLED')";

    private ResultsExportStore() {
    }

    /**
     * Reserves, for this job instance and file, every sending not exported yet (of the one cycle the
     * parameters name, or of all). One statement: a concurrent run fails on uk_results_export_sending rather
     * than exporting a sending twice. Both deduction types are exported, each by its record writer.
     */
    public static int reserve(Connection c, ResultsOutParameters params, String fileName, LocalDate createdOn,
                              LocalDateTime now, long instanceId, long executionId) throws SQLException {
        String sql = "INSERT INTO results_export (organization_cycle_id, sent_at, export_number, status, file_name,"
                + " created_on, reserved_at, job_instance_id, job_execution_id)"
                + " SELECT oc.id, oc.sent_at,"
                + " (SELECT COUNT(*) FROM results_export p WHERE p.organization_cycle_id = oc.id) + 1,"
                + " '" + PENDING + "', ?, ?, ?, ?, ?"
                + " FROM organization_cycle oc JOIN deduction_cycle c ON c.id = oc.cycle_id"
                + " WHERE oc.status IN " + SENT_STATUSES + " AND oc.sent_at IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM results_export e"
                + "   WHERE e.organization_cycle_id = oc.id AND e.sent_at = oc.sent_at)"
                + (params.all() ? "" : " AND c.year_month = ? AND c.kind = ?");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, fileName);
            ps.setObject(2, createdOn);
            ps.setTimestamp(3, Timestamp.valueOf(now));
            ps.setLong(4, instanceId);
            ps.setLong(5, executionId);
            if (!params.all()) {
                ps.setString(6, params.yearMonth().toString());
                ps.setString(7, params.kind().name());
            }
            return ps.executeUpdate();
        }
    }

    /**
     * Drops this instance's pending reservations whose cycle was reopened (or reopened and sent again) since:
     * that sending is no longer what the bank holds; the next run exports the new one.
     */
    public static int dropStale(Connection c, long instanceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM results_export WHERE job_instance_id = ?"
                + " AND status = '" + PENDING + "' AND NOT EXISTS (SELECT 1 FROM organization_cycle oc"
                + "   WHERE oc.id = results_export.organization_cycle_id AND oc.status IN " + SENT_STATUSES
                + "   AND oc.sent_at = results_export.sent_at)")) {
            ps.setLong(1, instanceId);
            return ps.executeUpdate();
        }
    }

    /** What an instance reserved, by status. */
    public record Reservation(String fileName, List<ExportGroup> groups, boolean allExported) {
    }

    /** This instance's reservations, in contract-number order; empty groups when it reserved nothing. */
    public static Reservation reservation(Connection c, long instanceId) throws SQLException {
        List<ExportGroup> groups = new ArrayList<>();
        String fileName = null;
        boolean allExported = true;
        try (PreparedStatement ps = c.prepareStatement("SELECT e.id, oc.id, oc.organization_id, oc.cycle_id,"
                + " g.contract_number, CASE WHEN EXISTS (SELECT 1 FROM organization_service s"
                + "   WHERE s.organization_id = g.id AND s.service_kind = 'PAYROLL') THEN 1 ELSE 0 END,"
                + " c.year_month, c.kind, c.deduction_date, oc.payment_date, e.sent_at, e.export_number,"
                + " e.created_on, e.file_name, e.status"
                + " FROM results_export e JOIN organization_cycle oc ON oc.id = e.organization_cycle_id"
                + " JOIN organization g ON g.id = oc.organization_id JOIN deduction_cycle c ON c.id = oc.cycle_id"
                + " WHERE e.job_instance_id = ? ORDER BY g.contract_number, c.year_month, c.kind, e.id")) {
            ps.setLong(1, instanceId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    groups.add(new ExportGroup(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getString(5), rs.getInt(6) == 1, YearMonth.parse(rs.getString(7)),
                            CycleKind.valueOf(rs.getString(8)), rs.getObject(9, LocalDate.class),
                            rs.getObject(10, LocalDate.class), rs.getTimestamp(11).toLocalDateTime(), rs.getInt(12),
                            rs.getObject(13, LocalDate.class)));
                    fileName = rs.getString(14);
                    allExported &= EXPORTED.equals(rs.getString(15));
                }
            }
        }
        return new Reservation(fileName, groups, !groups.isEmpty() && allExported);
    }

    public static Optional<String> fileOf(Connection c, long instanceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT MIN(file_name) FROM results_export WHERE job_instance_id = ?")) {
            ps.setLong(1, instanceId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Streams an organisation cycle's lines in line-number order. */
    public static void lines(Connection c, ExportGroup g, ResultsFileContent.LineConsumer each) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT l.line_number, p.person_number, p.employee_number,"
                + " p.name_kana, l.product_code, l.account_branch_code, l.account_number, l.requested_amount,"
                + " l.deducted_amount, l.result_code, l.not_deducted_reason, l.payment_stopped"
                + " FROM deduction_line l JOIN person p ON p.id = l.person_id"
                + " WHERE l.organization_id = ? AND l.cycle_id = ? ORDER BY l.line_number")) {
            ps.setFetchSize(500);
            ps.setLong(1, g.organizationId());
            ps.setLong(2, g.cycleId());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long deducted = rs.getLong(9);
                    Long deductedAmount = rs.wasNull() ? null : deducted;
                    each.accept(new ExportLine(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8), deductedAmount,
                            rs.getString(10), rs.getString(11), rs.getBoolean(12)));
                }
            }
        }
    }

    /** Marks this instance's reservations exported with the file's digest. */
    public static int markExported(Connection c, long instanceId, String sha256, LocalDateTime at, long executionId)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE results_export SET status = '" + EXPORTED + "',"
                + " sha256 = ?, exported_at = ?, job_execution_id = ? WHERE job_instance_id = ? AND status = '"
                + PENDING + "'")) {
            ps.setString(1, sha256);
            ps.setTimestamp(2, Timestamp.valueOf(at));
            ps.setLong(3, executionId);
            ps.setLong(4, instanceId);
            return ps.executeUpdate();
        }
    }
}
