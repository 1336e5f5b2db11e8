package jp.kojo.batch.requestload;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code interchange_file} and {@code deduction_cycle} rows of a request file, in plain JDBC. */
public final class InterchangeFileStore {
    public static final String FILE_KIND = "DEDUCTION_REQUEST";
    public static final String LOADING = "LOADING";
    public static final String LOADED = "LOADED";

    /** A registered file. */
    public record StoredFile(long id, String fileName, String status, long cycleId, long recordCount,
                             long amountTotal, Long jobExecutionId, LocalDateTime receivedAt) {
    }

    /** What {@link #complete} found: the file's declared figures against the lines in the database. */
    public record Completion(long expectedCount, long expectedTotal, long actualCount, long actualTotal) {
        public boolean matches() {
            return expectedCount == actualCount && expectedTotal == actualTotal;
        }
    }

    private InterchangeFileStore() {
    }

    /** {@code deduction_cycle.year_month} holds {@link YearMonth#toString()}, e.g. {@code 2025-04}. */
    static String yearMonthColumn(YearMonth yearMonth) {
        return yearMonth.toString();
    }

    public static Optional<StoredFile> findBySha(Connection c, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, file_name, status, cycle_id, record_count, amount_total, job_execution_id, received_at"
                        + " FROM interchange_file WHERE file_kind = ? AND sha256 = ?")) {
            ps.setString(1, FILE_KIND);
            ps.setString(2, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long executionId = rs.getLong(7);
                Long execution = rs.wasNull() ? null : executionId;
                Timestamp received = rs.getTimestamp(8);
                return Optional.of(new StoredFile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), execution, received.toLocalDateTime()));
            }
        }
    }

    /**
     * Creates or reuses the cycle and inserts the file with status LOADING. The caller runs this in one
     * transaction; a concurrent registration of the same content fails on uk_interchange_sha.
     */
    public static long register(Connection c, String fileName, String sha256, RequestHeader header, long recordCount,
                                long amountTotal, long executionId, LocalDateTime receivedAt) throws SQLException {
        long cycleId = findOrCreateCycle(c, header);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO interchange_file (file_kind, file_name, sha256, record_count, amount_total, cycle_id,"
                        + " status, job_execution_id, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            ps.setString(1, FILE_KIND);
            ps.setString(2, fileName);
            ps.setString(3, sha256);
            ps.setLong(4, recordCount);
            ps.setLong(5, amountTotal);
            ps.setLong(6, cycleId);
            ps.setString(7, LOADING);
            ps.setLong(8, executionId);
            ps.setTimestamp(9, Timestamp.valueOf(receivedAt));
            ps.executeUpdate();
            return generatedId(ps);
        }
    }

    private static long findOrCreateCycle(Connection c, RequestHeader header) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM deduction_cycle WHERE year_month = ? AND kind = ?")) {
            ps.setString(1, yearMonthColumn(header.yearMonth()));
            ps.setString(2, header.cycleKind().name());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO deduction_cycle (year_month, kind, deduction_date) VALUES (?, ?, ?)", new String[] {"id"})) {
            ps.setString(1, yearMonthColumn(header.yearMonth()));
            ps.setString(2, header.cycleKind().name());
            ps.setObject(3, header.deductionDate());
            ps.executeUpdate();
            return generatedId(ps);
        }
    }

    private static long generatedId(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no generated id");
            }
            return keys.getLong(1);
        }
    }

    /**
     * Gives up the registration of a request file whose load was abandoned, so that the same content can be loaded
     * again by a new job: its staged rows and its row are deleted, unless lines of it are in deduction_line
     * already (the move had committed; then nothing changes).
     *
     * @return the names of the files released
     */
    public static List<String> releaseLoading(Connection c, List<Long> executionIds) throws SQLException {
        List<String> released = new ArrayList<>();
        for (long executionId : executionIds) {
            Long fileId = null;
            String name = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT f.id, f.file_name FROM interchange_file f"
                    + " WHERE f.file_kind = ? AND f.status = ? AND f.job_execution_id = ?"
                    + " AND NOT EXISTS (SELECT 1 FROM deduction_line l WHERE l.source_file_id = f.id) FOR UPDATE")) {
                ps.setString(1, FILE_KIND);
                ps.setString(2, LOADING);
                ps.setLong(3, executionId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        fileId = rs.getLong(1);
                        name = rs.getString(2);
                    }
                }
            }
            if (fileId == null) {
                continue;
            }
            for (String sql : List.of("DELETE FROM request_line_staging WHERE file_id = ?",
                    "DELETE FROM interchange_file WHERE id = ?")) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setLong(1, fileId);
                    ps.executeUpdate();
                }
            }
            released.add(name);
        }
        return released;
    }

    /**
     * Compares the lines loaded from the file with its declared count and total; when equal, marks the file
     * LOADED under this execution.
     */
    public static Completion complete(Connection c, long fileId, long executionId) throws SQLException {
        long expectedCount;
        long expectedTotal;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT record_count, amount_total FROM interchange_file WHERE id = ?")) {
            ps.setLong(1, fileId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("interchange_file " + fileId + " not found");
                }
                expectedCount = rs.getLong(1);
                expectedTotal = rs.getLong(2);
            }
        }
        Completion result;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*), COALESCE(SUM(requested_amount), 0) FROM deduction_line WHERE source_file_id = ?")) {
            ps.setLong(1, fileId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                result = new Completion(expectedCount, expectedTotal, rs.getLong(1), rs.getLong(2));
            }
        }
        if (result.matches()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE interchange_file SET status = ?, job_execution_id = ? WHERE id = ?")) {
                ps.setString(1, LOADED);
                ps.setLong(2, executionId);
                ps.setLong(3, fileId);
                ps.executeUpdate();
            }
        }
        return result;
    }
}
