package jp.kojo.batch.requestload;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.logging.Logger;

/**
 * The request lines of a file on their way in, in plain JDBC (H2 2.x and PostgreSQL alike). The load step writes
 * each chunk to {@code request_line_staging} ({@link #write}); the complete step moves the file's rows into
 * {@code person} and {@code deduction_line} with two set-based inserts and deletes them ({@link #transfer}).
 *
 * <p>Writing is idempotent: the file's staged rows from the chunk's first source_record on are deleted first,
 * so a chunk written again (a restart after a failure between write and checkpoint) leaves no duplicates. On
 * PostgreSQL the rows go in with COPY ({@link PostgresCopy}), elsewhere with one JDBC batch.
 *
 * <p>{@link #transfer} gives the database what the chunked writer used to give it row by row: a person for every
 * (organisation, person number) not there yet, with the name and employee number of its first record in the file
 * (an existing person keeps its own); a line per record whose {@code line_number} counts the organisation's
 * records in the file in file order, after the organisation's highest line number already in the cycle. Rows go
 * in organisation by organisation (ids too): the keys and indexes that begin with the organisation then grow at
 * one end instead of at ten thousand places.
 */
public final class RequestLineStaging {
    private static final Logger LOG = Logger.getLogger(RequestLineStaging.class.getName());
    private static final String DELETE_FROM =
            "DELETE FROM request_line_staging WHERE file_id = ? AND source_record >= ?";
    static final String COLUMNS = "file_id, source_record, organization_id, person_number, employee_number,"
            + " name_kana, product_code, account_branch_code, account_number, requested_amount";
    private static final String INSERT =
            "INSERT INTO request_line_staging (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String STAGED =
            "SELECT COUNT(*), COALESCE(SUM(requested_amount), 0) FROM request_line_staging WHERE file_id = ?";
    private static final String INSERT_PERSONS =
            "INSERT INTO person (organization_id, person_number, employee_number, name_kana)"
                    + " SELECT f.organization_id, f.person_number, f.employee_number, f.name_kana FROM ("
                    + "   SELECT s.organization_id, s.person_number, s.employee_number, s.name_kana, s.source_record,"
                    + "     ROW_NUMBER() OVER (PARTITION BY s.organization_id, s.person_number"
                    + "       ORDER BY s.source_record) AS nth"
                    + "   FROM request_line_staging s WHERE s.file_id = ?) f"
                    + " WHERE f.nth = 1 AND NOT EXISTS (SELECT 1 FROM person p"
                    + "   WHERE p.organization_id = f.organization_id AND p.person_number = f.person_number)"
                    + " ORDER BY f.organization_id, f.source_record";
    private static final String INSERT_LINES =
            "INSERT INTO deduction_line (cycle_id, organization_id, person_id, line_number, product_code,"
                    + " account_branch_code, account_number, requested_amount, source_file_id, source_record)"
                    + " SELECT ?, s.organization_id, p.id, COALESCE(e.last_line, 0)"
                    + "   + ROW_NUMBER() OVER (PARTITION BY s.organization_id ORDER BY s.source_record),"
                    + "   s.product_code, s.account_branch_code, s.account_number, s.requested_amount, s.file_id,"
                    + "   s.source_record"
                    + " FROM request_line_staging s"
                    + " JOIN person p ON p.organization_id = s.organization_id AND p.person_number = s.person_number"
                    + " LEFT JOIN (SELECT organization_id, MAX(line_number) AS last_line FROM deduction_line"
                    + "   WHERE cycle_id = ? GROUP BY organization_id) e ON e.organization_id = s.organization_id"
                    + " WHERE s.file_id = ?"
                    + " ORDER BY s.organization_id, s.source_record";
    private static final String CLEAR = "DELETE FROM request_line_staging WHERE file_id = ?";

    private RequestLineStaging() {
    }

    /** Stages {@code rows} (one chunk, in file order) of file {@code fileId}. */
    public static void write(Connection c, long fileId, List<LineRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        int first = rows.stream().mapToInt(LineRow::sourceRecord).min().getAsInt();
        try (PreparedStatement ps = c.prepareStatement(DELETE_FROM)) {
            ps.setLong(1, fileId);
            ps.setInt(2, first);
            ps.executeUpdate();
        }
        if (PostgresCopy.supports(c)) {
            PostgresCopy.stage(c, fileId, rows);
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (LineRow r : rows) {
                ps.setLong(1, fileId);
                ps.setInt(2, r.sourceRecord());
                ps.setLong(3, r.organizationId());
                ps.setString(4, r.personNumber());
                if (r.employeeNumber() == null) {
                    ps.setNull(5, Types.VARCHAR);
                } else {
                    ps.setString(5, r.employeeNumber());
                }
                ps.setString(6, r.nameKana());
                ps.setString(7, r.productCode());
                ps.setString(8, r.branchCode());
                ps.setString(9, r.accountNumber());
                ps.setLong(10, r.amount());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * PostgreSQL only, after the move committed: fresh planner statistics for the tables it filled. Until
     * autovacuum comes round (a minute or more), the planner would take a cycle of thousands of new lines for one
     * of a single row, and join an organisation's list to its previous cycle by a nested loop over both, which
     * for an organisation of 12,000 lines takes 20 s a query instead of milliseconds. Outside the move's
     * transaction, so that two loads' statistics do not wait for each other's move.
     */
    public static void refreshStatistics(Connection c) throws SQLException {
        if (PostgresCopy.supports(c)) {
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE person, deduction_line");
            }
        }
    }

    /** How many rows of a file are staged, and their amount total. */
    public record Staged(long count, long total) {
    }

    public static Staged staged(Connection c, long fileId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(STAGED)) {
            ps.setLong(1, fileId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Staged(rs.getLong(1), rs.getLong(2));
            }
        }
    }

    /**
     * Moves the staged rows of file {@code fileId} into persons and lines of cycle {@code cycleId} and deletes
     * them from the staging table. The caller runs this in one transaction, so it happens whole or not at all:
     * once it committed, nothing of the file is staged and running it again moves nothing.
     *
     * @return the number of lines inserted
     */
    public static long transfer(Connection c, long fileId, long cycleId) throws SQLException {
        boolean postgres = PostgresCopy.supports(c);
        boolean setBased = postgres && ForeignKeysChecked.allowed(c);
        if (postgres) {
            // The window functions and the sorts of a large file stay in memory, for this transaction.
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL work_mem = '128MB'");
                // Autovacuum has not seen the rows staged a moment ago: without fresh statistics the planner
                // takes the staging table for a small one and checks each person with a nested loop.
                s.execute("ANALYZE request_line_staging");
            }
        }
        long start = System.nanoTime();
        if (setBased) {
            ForeignKeysChecked.lockReferencesAndSwitchOff(c, fileId, cycleId);
        }
        long locked = System.nanoTime();
        try (PreparedStatement ps = c.prepareStatement(INSERT_PERSONS)) {
            ps.setLong(1, fileId);
            ps.executeUpdate();
        }
        if (postgres) {
            // The same for the persons just added, which the lines' insert joins.
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE person");
            }
        }
        long personsMoved = System.nanoTime();
        long lines;
        try (PreparedStatement ps = c.prepareStatement(INSERT_LINES)) {
            ps.setLong(1, cycleId);
            ps.setLong(2, cycleId);
            ps.setLong(3, fileId);
            lines = ps.executeUpdate();
        }
        if (setBased) {
            ForeignKeysChecked.restore(c);
        }
        long linesMoved = System.nanoTime();
        LOG.info(() -> String.format("file %d: %d lines moved, foreign keys checked %s (seconds: locks %.1f,"
                        + " persons %.1f, lines %.1f)", fileId, lines, setBased ? "once for the file" : "per row",
                (locked - start) / 1e9, (personsMoved - locked) / 1e9, (linesMoved - personsMoved) / 1e9));
        try (PreparedStatement ps = c.prepareStatement(CLEAR)) {
            ps.setLong(1, fileId);
            ps.executeUpdate();
        }
        return lines;
    }
}
