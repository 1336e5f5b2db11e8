package jp.kojo.batch.requestload;

import static jp.kojo.batch.requestload.RequestFileFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.kojo.deduction.entity.CycleKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staging, the move into person and deduction_line, and the file ledger against H2 with Kojo's schema. */
class RequestLineStagingTest {
    static final YearMonth APRIL = YearMonth.of(2025, 4);
    static final LocalDate DAY = LocalDate.of(2025, 4, 25);
    static final String ORG_A = "0000000001";
    static final String ORG_B = "0000000002";

    @TempDir
    Path dir;

    Connection c;
    long orgA;
    long orgB;

    @BeforeEach
    void setUp() throws SQLException {
        c = TestDatabase.open();
        orgA = TestDatabase.addOrganization(c, ORG_A);
        orgB = TestDatabase.addOrganization(c, ORG_B);
    }

    @AfterEach
    void tearDown() throws SQLException {
        try (var s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
        c.close();
    }

    RequestHeader header() {
        return new RequestHeader(1, APRIL, CycleKind.MONTHLY, DAY, null, null);
    }

    /** Parses a fixture file into rows the way the reader and the processor do. */
    List<LineRow> rows(Path file, RequestFormat format) throws IOException {
        List<LineRow> rows = new ArrayList<>();
        JdbcDirectory directory = new JdbcDirectory(c);
        try (RequestParser p = RequestParser.open(file, format, StandardCharsets.UTF_8)) {
            ParsedItem item;
            while ((item = p.next()) != null) {
                if (item instanceof RequestRecord r) {
                    rows.add(LineRow.of(r, directory.organizationId(r.contractNumber()).getAsLong()));
                }
            }
        }
        return rows;
    }

    long register(String sha, long count, long total) throws SQLException {
        return InterchangeFileStore.register(c, "f.dat", sha, header(), count, total, 1L, LocalDateTime.now());
    }

    long cycleId(long fileId) throws SQLException {
        return TestDatabase.count(c, "SELECT cycle_id FROM interchange_file WHERE id = ?", fileId);
    }

    /** Stages the chunks as the load step does, then moves them as the complete step does. */
    @SafeVarargs
    final void load(long fileId, List<LineRow>... chunks) throws SQLException {
        for (List<LineRow> chunk : chunks) {
            RequestLineStaging.write(c, fileId, chunk);
        }
        RequestLineStaging.transfer(c, fileId, cycleId(fileId));
        assertEquals(0, RequestLineStaging.staged(c, fileId).count(), "the move empties the file's staging rows");
    }

    /** organization_id, line_number, source_record of every line, in source order. */
    List<String> storedLines() throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT l.organization_id, l.line_number, l.source_record, p.person_number, l.requested_amount"
                        + " FROM deduction_line l JOIN person p ON p.id = l.person_id ORDER BY l.source_record");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1) + "/" + rs.getInt(2) + "/" + rs.getInt(3) + "/" + rs.getString(4) + "/" + rs.getLong(5));
            }
        }
        return out;
    }

    @Test
    void writesLinesPersonsAndPerOrganisationLineNumbers() throws Exception {
        List<FixtureLine> fixture = lines(5, ORG_A, ORG_B);
        List<LineRow> rows = rows(writeFixed(dir.resolve("a.dat"), APRIL, CycleKind.MONTHLY, DAY, fixture), RequestFormat.FIXED);
        long fileId = register("a", 5, total(fixture));
        load(fileId, rows.subList(0, 2), rows.subList(2, 5));
        assertEquals(List.of(
                orgA + "/1/2/0000000001/1000",
                orgB + "/1/3/0000000002/2000",
                orgA + "/2/4/0000000003/3000",
                orgB + "/2/5/0000000004/4000",
                orgA + "/3/6/0000000005/5000"), storedLines());
        assertEquals(5, TestDatabase.count(c, "SELECT COUNT(*) FROM person"));
        assertEquals("ヤマダ　タロウ", stringOf("SELECT name_kana FROM person WHERE person_number = '0000000001'"));
        assertNull(stringOf("SELECT employee_number FROM person WHERE person_number = '0000000001'"));
        assertEquals("E00002", stringOf("SELECT employee_number FROM person WHERE person_number = '0000000002'"));
        assertEquals("10", stringOf("SELECT product_code FROM deduction_line WHERE source_record = 2"));
        assertEquals("0001000", stringOf("SELECT account_number FROM deduction_line WHERE source_record = 2"));
        assertEquals("FALSE", stringOf("SELECT payment_stopped FROM deduction_line WHERE source_record = 2"));
    }

    String stringOf(String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }

    @Test
    void writingTheSameChunkTwiceLeavesNoDuplicates() throws Exception {
        List<FixtureLine> fixture = lines(6, ORG_A, ORG_B);
        List<LineRow> rows = rows(writeCsv(dir.resolve("b.csv"), StandardCharsets.UTF_8, APRIL, CycleKind.MONTHLY, DAY,
                fixture), RequestFormat.CSV);
        long fileId = register("b", 6, total(fixture));
        long cycle = cycleId(fileId);
        RequestLineStaging.write(c, fileId, rows.subList(0, 3));
        RequestLineStaging.write(c, fileId, rows.subList(3, 6));
        // A restart after the second chunk's rows were written but before its checkpoint: the same chunk again.
        RequestLineStaging.write(c, fileId, rows.subList(3, 6));
        assertEquals(6, RequestLineStaging.staged(c, fileId).count());
        // Even the whole file again.
        RequestLineStaging.write(c, fileId, rows.subList(0, 3));
        RequestLineStaging.write(c, fileId, rows.subList(3, 6));
        assertEquals(6, RequestLineStaging.staged(c, fileId).count());
        assertEquals(6, RequestLineStaging.transfer(c, fileId, cycle));
        List<String> once = storedLines();
        // The move run again (a restarted complete step after its transaction committed) moves nothing.
        assertEquals(0, RequestLineStaging.transfer(c, fileId, cycle));
        assertEquals(once, storedLines());
        assertEquals(6, TestDatabase.count(c, "SELECT COUNT(*) FROM deduction_line"));
        assertEquals(6, TestDatabase.count(c, "SELECT COUNT(*) FROM person"));
    }

    @Test
    void lineNumbersDoNotDependOnChunkBoundaries() throws Exception {
        List<FixtureLine> fixture = lines(7, ORG_A, ORG_B, ORG_A);
        List<LineRow> rows = rows(writeFixed(dir.resolve("c.dat"), APRIL, CycleKind.MONTHLY, DAY, fixture), RequestFormat.FIXED);
        long fileId = register("c", 7, total(fixture));
        load(fileId, rows);
        List<String> oneChunk = storedLines();
        for (int size = 1; size <= 4; size++) {
            c.createStatement().execute("DELETE FROM deduction_line");
            for (int i = 0; i < rows.size(); i += size) {
                RequestLineStaging.write(c, fileId, rows.subList(i, Math.min(rows.size(), i + size)));
            }
            RequestLineStaging.transfer(c, fileId, cycleId(fileId));
            assertEquals(oneChunk, storedLines(), "chunk size " + size);
        }
    }

    @Test
    void existingPersonIsReusedAndSamePersonInTwoProducts() throws Exception {
        c.createStatement().execute("INSERT INTO person (organization_id, person_number, name_kana) VALUES ("
                + orgA + ", '0000000001', 'キゾン')");
        List<FixtureLine> fixture = new ArrayList<>(lines(2, ORG_A));
        fixture.set(1, fixture.get(1).withPersonNumber("0000000001"));
        List<LineRow> rows = rows(writeFixed(dir.resolve("d.dat"), APRIL, CycleKind.MONTHLY, DAY, fixture), RequestFormat.FIXED);
        long fileId = register("d", 2, total(fixture));
        load(fileId, rows);
        assertEquals(1, TestDatabase.count(c, "SELECT COUNT(*) FROM person"));
        assertEquals("キゾン", stringOf("SELECT name_kana FROM person"));
        assertEquals(2, TestDatabase.count(c, "SELECT COUNT(DISTINCT person_id) * 2 FROM deduction_line"));
    }

    @Test
    void registerCreatesOrReusesTheCycleAndRefusesTheSameContentTwice() throws Exception {
        long first = register("sha-1", 1, 100);
        long second = InterchangeFileStore.register(c, "g.csv", "sha-2",
                new RequestHeader(1, APRIL, CycleKind.MONTHLY, DAY, null, null), 2, 200, 9L, LocalDateTime.now());
        assertEquals(cycleId(first), cycleId(second));
        assertEquals(1, TestDatabase.count(c, "SELECT COUNT(*) FROM deduction_cycle"));
        assertEquals("2025-04", stringOf("SELECT year_month FROM deduction_cycle"));
        assertEquals("MONTHLY", stringOf("SELECT kind FROM deduction_cycle"));
        long bonus = InterchangeFileStore.register(c, "h.csv", "sha-3",
                new RequestHeader(1, APRIL, CycleKind.BONUS, DAY.plusDays(40), null, null), 1, 1, 9L, LocalDateTime.now());
        assertNotEquals(cycleId(first), cycleId(bonus));
        assertThrows(SQLException.class, () -> register("sha-1", 1, 100));

        InterchangeFileStore.StoredFile stored = InterchangeFileStore.findBySha(c, "sha-2").orElseThrow();
        assertEquals("g.csv", stored.fileName());
        assertEquals(InterchangeFileStore.LOADING, stored.status());
        assertEquals(9L, stored.jobExecutionId());
        assertEquals(2, stored.recordCount());
        assertTrue(InterchangeFileStore.findBySha(c, "nope").isEmpty());
    }

    @Test
    void completeMarksLoadedOnlyWhenTheLinesAddUp() throws Exception {
        List<FixtureLine> fixture = lines(3, ORG_A);
        List<LineRow> rows = rows(writeFixed(dir.resolve("e.dat"), APRIL, CycleKind.MONTHLY, DAY, fixture), RequestFormat.FIXED);
        long fileId = register("e", 3, total(fixture));
        load(fileId, rows.subList(0, 2));
        InterchangeFileStore.Completion partial = InterchangeFileStore.complete(c, fileId, 42L);
        assertFalse(partial.matches());
        assertEquals(2, partial.actualCount());
        assertEquals(InterchangeFileStore.LOADING, InterchangeFileStore.findBySha(c, "e").orElseThrow().status());

        load(fileId, rows.subList(2, 3));
        assertTrue(InterchangeFileStore.complete(c, fileId, 42L).matches());
        InterchangeFileStore.StoredFile done = InterchangeFileStore.findBySha(c, "e").orElseThrow();
        assertEquals(InterchangeFileStore.LOADED, done.status());
        assertEquals(42L, done.jobExecutionId());
    }

    @Test
    void directoryLookups() throws Exception {
        JdbcDirectory d = new JdbcDirectory(c);
        assertEquals(orgA, d.organizationId(ORG_A).getAsLong());
        assertTrue(d.organizationId("0000000099").isEmpty());
        assertTrue(d.cycleDeductionDate(APRIL, CycleKind.MONTHLY).isEmpty());
        assertFalse(d.organizationHasLines(orgA, APRIL, CycleKind.MONTHLY));

        List<FixtureLine> fixture = lines(1, ORG_A);
        List<LineRow> rows = rows(writeFixed(dir.resolve("f.dat"), APRIL, CycleKind.MONTHLY, DAY, fixture), RequestFormat.FIXED);
        long fileId = register("f", 1, total(fixture));
        load(fileId, rows);
        assertFalse(d.organizationHasLines(orgA, APRIL, CycleKind.MONTHLY),
                "a directory answers for one validation: what it read once, it keeps");
        d = new JdbcDirectory(c);
        assertEquals(DAY, d.cycleDeductionDate(APRIL, CycleKind.MONTHLY).orElseThrow());
        assertTrue(d.organizationHasLines(orgA, APRIL, CycleKind.MONTHLY));
        assertFalse(d.organizationHasLines(orgB, APRIL, CycleKind.MONTHLY));
        assertFalse(d.organizationHasLines(orgA, APRIL, CycleKind.BONUS));
    }
}
