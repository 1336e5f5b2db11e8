package jp.kojo.batch.collectiveload;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.kojo.batch.collectiveload.CollectiveRecord.Data;
import jp.kojo.batch.collectiveload.CollectiveSavingsValidator.Result;

/**
 * Stores a validated breakdown file in plain JDBC, in the caller's one transaction: the file row, one statement per
 * union, its lines in JDBC batches as the file streams by; then each union keeps only its {@link #RUNS_KEPT}
 * newest runs.
 */
public final class CollectiveSavingsStore {
    /** A year of monthly runs; bonus runs count as runs too. */
    public static final int RUNS_KEPT = 12;
    private static final int BATCH = 500;

    /** What was stored. */
    public record Stored(long fileId, long lines, long amountTotal, int statementsRemoved) {
    }

    /** An earlier file with the same content. */
    public record StoredFile(long id, String fileName, Long jobExecutionId, LocalDateTime receivedAt) {
    }

    private CollectiveSavingsStore() {
    }

    public static Optional<StoredFile> findBySha(Connection c, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, file_name, job_execution_id, received_at FROM collective_savings_file WHERE sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long execution = rs.getLong(3);
                Long executionId = rs.wasNull() ? null : execution;
                return Optional.of(new StoredFile(rs.getLong(1), rs.getString(2), executionId,
                        rs.getTimestamp(4).toLocalDateTime()));
            }
        }
    }

    public static Stored store(Connection c, String fileName, String sha256, Result validated, CollectiveParser parser,
                               long executionId, LocalDateTime now) throws SQLException, IOException {
        long fileId;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO collective_savings_file (file_name, sha256,"
                + " record_count, amount_total, job_execution_id, received_at) VALUES (?, ?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            ps.setString(1, fileName);
            ps.setString(2, sha256);
            ps.setLong(3, validated.recordCount());
            ps.setLong(4, validated.amountTotal());
            ps.setLong(5, executionId);
            ps.setTimestamp(6, Timestamp.valueOf(now));
            ps.executeUpdate();
            fileId = generatedId(ps);
        }
        Map<String, Long> statements = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO collective_savings_statement (organization_id,"
                + " year_month, run_kind, savings_date, file_id, loaded_at) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            for (Map.Entry<String, Long> union : validated.unions().entrySet()) {
                ps.setLong(1, union.getValue());
                ps.setString(2, validated.header().yearMonth().toString());
                ps.setString(3, validated.header().runKind().name());
                ps.setObject(4, validated.header().savingsDate());
                ps.setLong(5, fileId);
                ps.setTimestamp(6, Timestamp.valueOf(now));
                ps.executeUpdate();
                statements.put(union.getKey(), generatedId(ps));
            }
        }
        Map<String, Integer> lineNumbers = new HashMap<>();
        long lines = 0;
        long total = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO collective_savings_line (statement_id, line_number,"
                + " member_number, employee_number, name_kana, product_code, branch_code, account_number, amount)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            CollectiveRecord record;
            int pending = 0;
            while ((record = parser.next()) != null) {
                if (record instanceof CollectiveRecord.Malformed m) {
                    throw new IllegalStateException("line " + m.line() + " invalid after validation: " + m.problems());
                }
                if (!(record instanceof Data d)) {
                    continue;
                }
                Long statementId = statements.get(d.contractNumber());
                if (statementId == null) {
                    throw new IllegalStateException("line " + d.line() + ": contract " + d.contractNumber() + " not validated");
                }
                ps.setLong(1, statementId);
                ps.setInt(2, lineNumbers.merge(d.contractNumber(), 1, Integer::sum));
                ps.setString(3, d.memberNumber());
                if (d.employeeNumber() == null) {
                    ps.setNull(4, Types.VARCHAR);
                } else {
                    ps.setString(4, d.employeeNumber());
                }
                ps.setString(5, d.nameKana());
                ps.setString(6, d.product().code());
                ps.setString(7, d.branchCode());
                ps.setString(8, d.accountNumber());
                ps.setLong(9, d.amount());
                ps.addBatch();
                lines++;
                total += d.amount();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
        int removed = 0;
        for (long organizationId : validated.unions().values()) {
            removed += keepNewestRuns(c, organizationId);
        }
        return new Stored(fileId, lines, total, removed);
    }

    /** Deletes a union's statements older than its {@link #RUNS_KEPT} newest (by savings date); answers how many. */
    static int keepNewestRuns(Connection c, long organizationId) throws SQLException {
        List<Long> older = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM collective_savings_statement"
                + " WHERE organization_id = ? ORDER BY savings_date DESC, id DESC")) {
            ps.setLong(1, organizationId);
            try (ResultSet rs = ps.executeQuery()) {
                int rank = 0;
                while (rs.next()) {
                    if (++rank > RUNS_KEPT) {
                        older.add(rs.getLong(1));
                    }
                }
            }
        }
        for (long id : older) {
            try (PreparedStatement lines = c.prepareStatement("DELETE FROM collective_savings_line WHERE statement_id = ?");
                 PreparedStatement statement = c.prepareStatement("DELETE FROM collective_savings_statement WHERE id = ?")) {
                lines.setLong(1, id);
                lines.executeUpdate();
                statement.setLong(1, id);
                statement.executeUpdate();
            }
        }
        return older.size();
    }

    private static long generatedId(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no generated id");
            }
            return keys.getLong(1);
        }
    }
}
