package jp.kojo.batch.requestload;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inserts one chunk of lines with JDBC batches, idempotently: the file's rows from the chunk's first
 * source_record on are deleted first, so writing the same chunk again (a restart after a failure between insert
 * and checkpoint) leaves no duplicates. Plain SQL for H2 2.x and PostgreSQL alike (no MERGE, no ON CONFLICT).
 *
 * <p>{@code line_number} is the number of this organisation's records in this file up to and including this
 * one, in file order. Chunks run in file order, every earlier record is committed before this chunk, no later one
 * is (they were just deleted), and validation admits one file per organisation and cycle; so the
 * organisation's highest line number in the cycle is the count of its earlier records, the same on every run and
 * every restart. It is read from the top of the unique index (cycle, organisation, line number): one index
 * probe per organisation and chunk, where counting earlier rows made the load quadratic in the file size.
 */
public final class DeductionLineWriter {
    // Everything of this file from the chunk's first record on is stale when the chunk is (re)written.
    private static final String DELETE_FROM =
            "DELETE FROM deduction_line WHERE source_file_id = ? AND source_record >= ?";
    // Casts give PostgreSQL and H2 the parameter types in a select list.
    private static final String INSERT_PERSON =
            "INSERT INTO person (organization_id, person_number, employee_number, name_kana)"
                    + " SELECT CAST(? AS BIGINT), CAST(? AS VARCHAR(10)), CAST(? AS VARCHAR(10)), CAST(? AS VARCHAR(40))"
                    + " FROM (VALUES (1)) AS one (x)"
                    + " WHERE NOT EXISTS (SELECT 1 FROM person WHERE organization_id = ? AND person_number = ?)";
    private static final String LAST_LINE_NUMBER =
            "SELECT line_number FROM deduction_line WHERE cycle_id = ? AND organization_id = ?"
                    + " ORDER BY line_number DESC LIMIT 1";
    private static final String INSERT_LINE =
            "INSERT INTO deduction_line (cycle_id, organization_id, person_id, line_number, product_code,"
                    + " account_branch_code, account_number, requested_amount, source_file_id, source_record)"
                    + " VALUES (?, ?, (SELECT id FROM person WHERE organization_id = ? AND person_number = ?),"
                    + " ?, ?, ?, ?, ?, ?, ?)";

    private DeductionLineWriter() {
    }

    /** Writes {@code rows} (in file order) of file {@code fileId} into cycle {@code cycleId}. */
    public static void write(Connection c, long fileId, long cycleId, List<LineRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        int first = rows.stream().mapToInt(LineRow::sourceRecord).min().getAsInt();
        try (PreparedStatement ps = c.prepareStatement(DELETE_FROM)) {
            ps.setLong(1, fileId);
            ps.setInt(2, first);
            ps.executeUpdate();
        }
        insertPersons(c, rows);
        Map<Long, Integer> nextLine = firstLineNumbers(c, cycleId, rows);
        try (PreparedStatement ps = c.prepareStatement(INSERT_LINE)) {
            for (LineRow r : rows) {
                int lineNumber = nextLine.merge(r.organizationId(), 1, Integer::sum) - 1;
                ps.setLong(1, cycleId);
                ps.setLong(2, r.organizationId());
                ps.setLong(3, r.organizationId());
                ps.setString(4, r.personNumber());
                ps.setInt(5, lineNumber);
                ps.setString(6, r.productCode());
                ps.setString(7, r.branchCode());
                ps.setString(8, r.accountNumber());
                ps.setLong(9, r.amount());
                ps.setLong(10, fileId);
                ps.setInt(11, r.sourceRecord());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** New persons only; an existing person keeps the name and employee number already stored. */
    private static void insertPersons(Connection c, List<LineRow> rows) throws SQLException {
        Map<String, LineRow> persons = new LinkedHashMap<>();
        for (LineRow r : rows) {
            persons.putIfAbsent(r.organizationId() + "/" + r.personNumber(), r);
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_PERSON)) {
            for (LineRow r : persons.values()) {
                ps.setLong(1, r.organizationId());
                ps.setString(2, r.personNumber());
                if (r.employeeNumber() == null) {
                    ps.setNull(3, Types.VARCHAR);
                } else {
                    ps.setString(3, r.employeeNumber());
                }
                ps.setString(4, r.nameKana());
                ps.setLong(5, r.organizationId());
                ps.setString(6, r.personNumber());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** For each organisation in the chunk, the line number its first record in the chunk gets. */
    private static Map<Long, Integer> firstLineNumbers(Connection c, long cycleId, List<LineRow> rows)
            throws SQLException {
        Map<Long, Integer> next = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(LAST_LINE_NUMBER)) {
            for (LineRow r : rows) {
                if (next.containsKey(r.organizationId())) {
                    continue;
                }
                ps.setLong(1, cycleId);
                ps.setLong(2, r.organizationId());
                try (ResultSet rs = ps.executeQuery()) {
                    next.put(r.organizationId(), rs.next() ? rs.getInt(1) + 1 : 1);
                }
            }
        }
        return next;
    }
}
