package jp.kojo.batch.zaikeiload;

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
import jp.kojo.batch.zaikeiload.ZaikeiRecord.Data;
import jp.kojo.batch.zaikeiload.ZaikeiStatementValidator.Result;

/**
 * Stores a validated savings statement file in plain JDBC, in the caller's one transaction: the file row, one
 * statement per employer, its lines in JDBC batches as the file streams by; then each employer keeps only its
 * {@link #RUNS_KEPT} newest runs.
 */
public final class ZaikeiStatementStore {
    public static final int RUNS_KEPT = 3;
    private static final int BATCH = 500;

    /** What was stored. */
    public record Stored(long fileId, long lines, long monthlyTotal, long bonusTotal, int statementsRemoved) {
    }

    /** An earlier file with the same content. */
    public record StoredFile(long id, String fileName, Long jobExecutionId, LocalDateTime receivedAt) {
    }

    private ZaikeiStatementStore() {
    }

    public static Optional<StoredFile> findBySha(Connection c, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, file_name, job_execution_id, received_at FROM zaikei_file WHERE sha256 = ?")) {
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

    public static Stored store(Connection c, String fileName, String sha256, Result validated, ZaikeiParser parser,
                               long executionId, LocalDateTime now) throws SQLException, IOException {
        long fileId;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO zaikei_file (file_name, sha256, record_count,"
                + " job_execution_id, received_at) VALUES (?, ?, ?, ?, ?)", new String[] {"id"})) {
            ps.setString(1, fileName);
            ps.setString(2, sha256);
            ps.setLong(3, validated.recordCount());
            ps.setLong(4, executionId);
            ps.setTimestamp(5, Timestamp.valueOf(now));
            ps.executeUpdate();
            fileId = generatedId(ps);
        }
        Map<String, Long> statements = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO zaikei_statement (organization_id, year_month,"
                + " run_kind, deposit_date, file_id, loaded_at) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            for (Map.Entry<String, Long> employer : validated.employers().entrySet()) {
                ps.setLong(1, employer.getValue());
                ps.setString(2, validated.header().yearMonth().toString());
                ps.setString(3, validated.header().runKind().name());
                ps.setObject(4, validated.header().depositDate());
                ps.setLong(5, fileId);
                ps.setTimestamp(6, Timestamp.valueOf(now));
                ps.executeUpdate();
                statements.put(employer.getKey(), generatedId(ps));
            }
        }
        Map<String, Integer> lineNumbers = new HashMap<>();
        long lines = 0;
        long monthly = 0;
        long bonus = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO zaikei_statement_line (statement_id, line_number,"
                + " person_number, employee_number, name_kana, birth_date, savings_kind, savings_contract, monthly_amount,"
                + " bonus_amount, balance, start_date, last_contribution, stopped)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ZaikeiRecord record;
            int pending = 0;
            while ((record = parser.next()) != null) {
                if (record instanceof ZaikeiRecord.Malformed m) {
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
                ps.setString(3, d.personNumber());
                ps.setString(4, d.employeeNumber());
                ps.setString(5, d.nameKana());
                ps.setObject(6, d.birthDate());
                ps.setString(7, d.kind().name());
                ps.setString(8, d.savingsContract());
                ps.setLong(9, d.monthlyAmount());
                ps.setLong(10, d.bonusAmount());
                if (d.balance() == null) {
                    ps.setNull(11, Types.BIGINT);
                } else {
                    ps.setLong(11, d.balance());
                }
                ps.setObject(12, d.startDate());
                if (d.lastContribution() == null) {
                    ps.setNull(13, Types.DATE);
                } else {
                    ps.setObject(13, d.lastContribution());
                }
                ps.setBoolean(14, d.stopped());
                ps.addBatch();
                lines++;
                monthly += d.monthlyAmount();
                bonus += d.bonusAmount();
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
        for (long organizationId : validated.employers().values()) {
            removed += keepNewestRuns(c, organizationId);
        }
        return new Stored(fileId, lines, monthly, bonus, removed);
    }

    /** Deletes an employer's statements older than its {@link #RUNS_KEPT} newest (by deposit date); answers how many. */
    static int keepNewestRuns(Connection c, long organizationId) throws SQLException {
        List<Long> older = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM zaikei_statement WHERE organization_id = ?"
                + " ORDER BY deposit_date DESC, id DESC")) {
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
            try (PreparedStatement lines = c.prepareStatement("DELETE FROM zaikei_statement_line WHERE statement_id = ?");
                 PreparedStatement statement = c.prepareStatement("DELETE FROM zaikei_statement WHERE id = ?")) {
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
