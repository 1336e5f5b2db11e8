package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import jp.kojo.batch.requestload.InterchangeFileStore;
import jp.kojo.batch.requestload.LineRow;
import jp.kojo.batch.requestload.RequestHeader;
import jp.kojo.batch.requestload.RequestFileFixtures;
import jp.kojo.batch.requestload.RequestLineStaging;
import jp.kojo.deduction.entity.CycleKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The complete step's move of staged request lines on PostgreSQL (docs/interchange.md § 1.5): when Kojo's database
 * user may set {@code session_replication_role}, the move checks its foreign keys once for the file instead of by a
 * trigger per row. These tests prove that it still refuses what the triggers refuse and holds the locks they hold,
 * and that a user without the privilege gets the same move with the triggers. They talk to the suite's database
 * directly, with rows of their own (organisations, a cycle far in the future), removed afterwards. PostgreSQL only
 * (ear/pom.xml, it.exclude.database). Deployed first, so that Flyway has made the schema.
 */
@ExtendWith(ArquillianExtension.class)
class StagedMovePostgresIT {
    private static final long NO_SUCH_ORGANIZATION = 987_654_321_000L;

    private final List<Long> organizations = new ArrayList<>();
    private String contractPrefix;
    private YearMonth month;
    private long cycle;
    private long file;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @BeforeEach
    void organisationsAndAFile() throws SQLException {
        int run = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        contractPrefix = "7" + run;
        month = YearMonth.of(4000 + run % 5000, 1 + run % 12);
        try (Connection c = TestServer.database();
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO organization (contract_number, name, name_kana, type, branch_id)"
                             + " VALUES (?, '移送試験', 'イソウ', 'MEMBER', (SELECT MIN(id) FROM branch))",
                     Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 1; i <= 2; i++) {
                ps.setString(1, contractPrefix + "00" + i);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    organizations.add(keys.getLong(1));
                }
            }
            file = InterchangeFileStore.register(c, "move-" + run + ".dat", "move-" + run,
                    new RequestHeader(1, month, CycleKind.MONTHLY, month.atDay(25), null, null), 6, 21_000, 1L,
                    LocalDateTime.of(2026, 12, 1, 10, 0));
            cycle = TestServer.queryLong("SELECT cycle_id FROM interchange_file WHERE id = ?", file);
        }
    }

    @AfterEach
    void removeWhatTheTestMade() throws SQLException {
        try (Connection c = TestServer.database(); Statement s = c.createStatement()) {
            String orgs = organizations.toString().replace('[', '(').replace(']', ')');
            s.executeUpdate("DELETE FROM request_line_staging WHERE file_id = " + file);
            s.executeUpdate("DELETE FROM deduction_line WHERE organization_id IN " + orgs);
            s.executeUpdate("DELETE FROM person WHERE organization_id IN " + orgs);
            s.executeUpdate("DELETE FROM interchange_file WHERE id = " + file);
            s.executeUpdate("DELETE FROM deduction_cycle WHERE id = " + cycle);
            s.executeUpdate("DELETE FROM organization WHERE id IN " + orgs);
        }
    }

    /** Six lines, alternating between the two organisations (or the second replaced), persons P0000000n. */
    private List<LineRow> rows(long second) {
        List<LineRow> rows = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            rows.add(new LineRow(i + 1, i % 2 == 1 ? organizations.get(0) : second, "P00000000" + i, null,
                    "イソウ　タロウ", "01", "123", "000000" + i, 1_000L * i));
        }
        return rows;
    }

    private static long count(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static boolean superuser(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    @Test
    void theMoveChecksItsForeignKeysOnceAndMovesTheFile() throws SQLException {
        try (Connection c = TestServer.database()) {
            assertTrue(superuser(c), "the suite's database user may set session_replication_role");
            c.setAutoCommit(false);
            RequestLineStaging.write(c, file, rows(organizations.get(1)));
            assertEquals(6, RequestLineStaging.transfer(c, file, cycle));
            assertEquals("origin", single(c, "SHOW session_replication_role"),
                    "the triggers are on again for the rest of the transaction");
            c.commit();
            assertEquals(6, count(c, "SELECT COUNT(*) FROM deduction_line WHERE source_file_id = ?", file));
            assertEquals(3, count(c, "SELECT MAX(line_number) FROM deduction_line WHERE source_file_id = ?"
                    + " AND organization_id = " + organizations.get(1), file), "line numbers 1..3 per organisation");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM deduction_line l LEFT JOIN person p ON p.id = l.person_id"
                    + " WHERE l.source_file_id = ? AND (p.id IS NULL OR p.organization_id <> l.organization_id)", file),
                    "every line's person exists and is of the line's organisation");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM request_line_staging WHERE file_id = ?", file));
        }
    }

    @Test
    void theStagingTableWritesNoWalAndTheTablesItFeedsDo() throws SQLException {
        try (Connection c = TestServer.database()) {
            assertEquals("u", single(c, "SELECT relpersistence FROM pg_class WHERE relname = 'request_line_staging'"),
                    "request_line_staging is UNLOGGED (V22, db/postgresql)");
            assertEquals("p", single(c, "SELECT relpersistence FROM pg_class WHERE relname = 'deduction_line'"));
        }
    }

    @Test
    void aLoadThroughTheJobLeavesFreshPlannerStatisticsForTheListsItFilled() throws Exception {
        // Without them the planner takes a new cycle of thousands of lines for a single row and joins an
        // organisation's list to its previous cycle with a nested loop over both (20 s a query at 12,000 lines).
        // Only Kojo's ANALYZE sets last_analyze; autovacuum's own sets last_autoanalyze.
        YearMonth loaded = YearMonth.of(2049, 1 + ThreadLocalRandom.current().nextInt(12));
        String fileName = "statistics-" + loaded + "-" + System.nanoTime() + ".dat";
        RequestFileFixtures.writeFixed(TestServer.home().resolve("interchange/inbox").resolve(fileName), loaded,
                CycleKind.BONUS, loaded.atDay(10), RequestFileFixtures.lines(20, "1000000001", "2000000002"));
        String before = TestServer.queryString("SELECT CAST(clock_timestamp() AS VARCHAR)");
        KojoBrowserlessClient admin = new KojoBrowserlessClient("batch01").loggedInAs("batch01");
        long execution = BatchApi.start(admin, "deduction-request-load",
                "{\"fileName\":\"" + fileName + "\",\"format\":\"FIXED\"}");
        String view = BatchApi.awaitEnd(admin, execution);
        assertTrue(view.contains("\"batchStatus\":\"COMPLETED\""), view);
        assertEquals(1, TestServer.queryLong("SELECT COUNT(*) FROM pg_stat_user_tables WHERE relname = 'deduction_line'"
                + " AND last_analyze >= CAST(? AS TIMESTAMPTZ)", before), "deduction_line analysed after the move");
    }

    @Test
    void aFileWhoseOrganisationIsGoneIsRefusedWhole() throws SQLException {
        try (Connection c = TestServer.database()) {
            c.setAutoCommit(false);
            RequestLineStaging.write(c, file, rows(NO_SUCH_ORGANIZATION));
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> RequestLineStaging.transfer(c, file, cycle));
            assertEquals("file " + file + ": 1 of its 2 organisations no longer exist", refused.getMessage());
            c.rollback();
            assertEquals(0, count(c, "SELECT COUNT(*) FROM deduction_line WHERE source_file_id = ?", file));
            assertEquals(0, count(c, "SELECT COUNT(*) FROM person WHERE organization_id = ?", organizations.get(0)));
        }
    }

    @Test
    void aPersonTheMoveRefersToCannotBeDeletedBeforeItCommits() throws SQLException {
        long person;
        try (Connection c = TestServer.database()) {
            person = insertPerson(c, organizations.get(0), "P000000001");
        }
        try (Connection move = TestServer.database(); Connection other = TestServer.database()) {
            move.setAutoCommit(false);
            RequestLineStaging.write(move, file, rows(organizations.get(1)));
            assertEquals(6, RequestLineStaging.transfer(move, file, cycle));
            try (Statement s = other.createStatement()) {
                s.execute("SET lock_timeout = '1s'");
                SQLException waited = assertThrows(SQLException.class,
                        () -> s.executeUpdate("DELETE FROM person WHERE id = " + person));
                assertEquals("55P03", waited.getSQLState(), "the delete waits on the move's key-share lock: "
                        + waited.getMessage());
                move.commit();
                SQLException referenced = assertThrows(SQLException.class,
                        () -> s.executeUpdate("DELETE FROM person WHERE id = " + person));
                assertEquals("23503", referenced.getSQLState(), "after the move the person has a line: "
                        + referenced.getMessage());
            }
            assertEquals(1, count(move, "SELECT COUNT(*) FROM deduction_line WHERE person_id = ?", person),
                    "the existing person kept and given the file's line");
        }
    }

    @Test
    void withoutThePrivilegeTheTriggersCheckEachRow() throws SQLException {
        String role = "kojo_move_" + contractPrefix;
        try (Connection admin = TestServer.database(); Statement s = admin.createStatement()) {
            s.execute("CREATE ROLE " + role + " LOGIN");
            s.execute("GRANT SELECT, INSERT, DELETE ON request_line_staging, person, deduction_line, organization,"
                    + " deduction_cycle, interchange_file TO " + role);
            s.execute("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO " + role);
            try (Connection c = DriverManager.getConnection(System.getProperty("kojo.db.url"), role, "")) {
                c.setAutoCommit(false);
                RequestLineStaging.write(c, file, rows(NO_SUCH_ORGANIZATION));
                SQLException refused = assertThrows(SQLException.class, () -> RequestLineStaging.transfer(c, file, cycle));
                assertEquals("23503", refused.getSQLState(), "a foreign-key trigger refused the row: "
                        + refused.getMessage());
                c.rollback();
                RequestLineStaging.write(c, file, rows(organizations.get(1)));
                assertEquals(6, RequestLineStaging.transfer(c, file, cycle));
                c.commit();
                assertEquals(6, count(c, "SELECT COUNT(*) FROM deduction_line WHERE source_file_id = ?", file));
            } finally {
                s.execute("DROP OWNED BY " + role);
                s.execute("DROP ROLE " + role);
            }
        }
    }

    private static long insertPerson(Connection c, long organization, String number) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO person (organization_id, person_number, name_kana)"
                + " VALUES (?, ?, 'イソウ　ハナコ')", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, organization);
            ps.setString(2, number);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
