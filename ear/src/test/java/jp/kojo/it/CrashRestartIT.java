package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.kojo.batch.requestload.RequestFileFixtures;
import jp.kojo.batch.requestload.RequestFileFixtures.FixtureLine;
import jp.kojo.deduction.entity.CycleKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Restart guarantees of the request load (issue 11, item 5): a server of its own ({@link KillableServer}, never the
 * Arquillian-managed one the other tests use) is killed with {@code kill -9} in the middle of a large request file,
 * during {@code validate}, mid-{@code load} and during {@code complete}; started again, it shows the execution as
 * crashed, the batch administrator marks it failed and restarts it through the batch API, and then the database
 * holds exactly the file's lines (count and amount total equal to the trailer), none twice, no person twice, and
 * the restarted execution read only what the last checkpoint left.
 *
 * <p>The kill points are found in the job repository and the database (no sleeping): {@code validate} is killed
 * once its staged copy exists and before the file is registered; {@code load} once at least one checkpoint is
 * committed and before the last; {@code complete} while it waits for the file's row, which the test holds locked
 * (an uncommitted update, as a slow statement would hold it) so that the step cannot end before the kill.
 */
class CrashRestartIT {
    /** Large enough that validation and load each last seconds on a slow machine; 80 chunks of 500. */
    static final int LINES = 40_000;
    private static final String UNION = "1000000001";
    private static final String PAYROLL = "2000000002";
    private static final long POLL_MILLIS = 10;
    private static final long PHASE_TIMEOUT_SECONDS = 180;

    private static KillableServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = KillableServer.started();
    }

    @AfterAll
    static void killServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void killedDuringValidationTheRestartValidatesTheStagedCopyAgainAndLoadsTheWholeFile() throws Exception {
        LoadedFile file = write("crash-validate-203501.dat", YearMonth.of(2035, 1));
        long crashed = start(file);
        long instance = instanceOf(crashed);
        Path manifest = server.home().resolve("interchange/staging").resolve(Long.toString(instance))
                .resolve("staged.properties");
        awaitThat("validate has staged the file and is validating it", () ->
                Files.exists(manifest) && "STARTED".equals(stepStatus(crashed, "validate")));
        server.kill();

        assertEquals("STARTED", stepStatus(crashed, "validate"), "killed before validate ended");
        assertEquals(0, count("SELECT COUNT(*) FROM interchange_file WHERE sha256 = ?", file.sha256()),
                "killed before the file was registered");

        long restarted = restartAfterCrash(crashed);
        // validate runs again, over the staged copy the first execution made, and does not take the file for one
        // already loaded; the load then reads the whole file: nothing of it was loaded before.
        assertEquals("VALIDATED", stepExitStatus(restarted, "validate"));
        assertEquals(LINES, readCount(restarted));
        assertWholeFileLoadedOnce(file);
    }

    @Test
    void killedMidLoadTheRestartReadsOnlyWhatTheLastCheckpointLeft() throws Exception {
        LoadedFile file = write("crash-load-203502.dat", YearMonth.of(2035, 2));
        long crashed = start(file);
        awaitThat("load has committed a checkpoint", () -> readCountOrZero(crashed) > 0);
        server.kill();

        long checkpointed = readCount(crashed);
        assertEquals("STARTED", stepStatus(crashed, "load"), "killed before load ended");
        assertTrue(checkpointed > 0 && checkpointed < LINES, "killed between the first and the last checkpoint: "
                + checkpointed);

        long restarted = restartAfterCrash(crashed);
        assertEquals(0, count("SELECT COUNT(*) FROM STEP_EXECUTION WHERE JOBEXECUTIONID = ? AND STEPNAME = 'validate'",
                restarted), "validate is not run again once completed");
        assertEquals(LINES - checkpointed, readCount(restarted), "the restart read only what the checkpoint left");
        assertWholeFileLoadedOnce(file);
    }

    @Test
    void killedDuringCompleteTheRestartCompletesWithoutLoadingAgain() throws Exception {
        LoadedFile file = write("crash-complete-203503.dat", YearMonth.of(2035, 3));
        long crashed = start(file);
        awaitThat("load has read half the file", () -> readCountOrZero(crashed) >= LINES / 2);
        Connection lock = server.database();
        try {
            lock.setAutoCommit(false);
            try (PreparedStatement holdRow = lock.prepareStatement(
                    "UPDATE interchange_file SET status = status WHERE sha256 = ?")) {
                holdRow.setString(1, file.sha256());
                assertEquals(1, holdRow.executeUpdate());
            }
            awaitThat("complete has started", () -> "STARTED".equals(stepStatus(crashed, "complete")));
            server.kill();
        } finally {
            endQuietly(lock);
        }

        assertEquals("COMPLETED", stepStatus(crashed, "load"));
        assertEquals("STARTED", stepStatus(crashed, "complete"), "killed before complete ended");
        assertEquals("LOADING", string("SELECT status FROM interchange_file WHERE sha256 = ?", file.sha256()));

        long restarted = restartAfterCrash(crashed);
        assertEquals(0, count("SELECT COUNT(*) FROM STEP_EXECUTION WHERE JOBEXECUTIONID = ? AND STEPNAME IN"
                + " ('validate', 'load')", restarted), "the restart runs only complete: it reads nothing again");
        assertEquals("LOADED", stepExitStatus(restarted, "complete"));
        assertWholeFileLoadedOnce(file);
    }

    // ---- the file and the job ----

    record LoadedFile(String name, List<FixtureLine> lines, String sha256) {
        long total() {
            return RequestFileFixtures.total(lines);
        }
    }

    private static LoadedFile write(String name, YearMonth month) throws Exception {
        server.ensureRunning();
        List<FixtureLine> lines = RequestFileFixtures.lines(LINES, UNION, PAYROLL);
        Path path = RequestFileFixtures.writeFixed(server.inbox().resolve(name), month, CycleKind.MONTHLY,
                month.atDay(25), lines);
        return new LoadedFile(name, lines, sha256(path));
    }

    private static long start(LoadedFile file) throws Exception {
        return BatchApi.start(server.loggedIn("batch01"), "deduction-request-load",
                "{\"fileName\":\"" + file.name() + "\",\"format\":\"FIXED\"}");
    }

    /**
     * Starts the killed server again; the batch administrator sees the execution as crashed (the screen's 中断),
     * marks it failed and restarts it; answers the new execution, ended COMPLETED.
     */
    private static long restartAfterCrash(long crashed) throws Exception {
        server.start();
        KojoBrowserlessClient admin = server.loggedIn("batch01");
        String view = admin.getText("/api/batch/executions/" + crashed);
        assertTrue(view.contains("\"batchStatus\":\"STARTED\"") && view.contains("\"crashed\":true"), view);
        HttpResponse<String> marked = admin.postJson("/api/batch/executions/" + crashed + "/mark-failed", "{}");
        assertEquals(204, marked.statusCode(), marked.body());
        view = admin.getText("/api/batch/executions/" + crashed);
        assertTrue(view.contains("\"batchStatus\":\"FAILED\"") && view.contains("\"exitStatus\":\"CRASHED\""), view);

        long restarted = BatchApi.restart(admin, crashed);
        String done = BatchApi.awaitEnd(admin, restarted);
        assertTrue(done.contains("\"batchStatus\":\"COMPLETED\"") && done.contains("\"exitStatus\":\"LOADED\""), done);
        return restarted;
    }

    /** The table holds exactly the file's lines: count and total as the trailer says, no record and no person twice. */
    private static void assertWholeFileLoadedOnce(LoadedFile file) throws Exception {
        long fileId = count("SELECT id FROM interchange_file WHERE sha256 = ?", file.sha256());
        assertEquals("LOADED", string("SELECT status FROM interchange_file WHERE id = ?", fileId));
        assertEquals(LINES, count("SELECT COUNT(*) FROM deduction_line WHERE source_file_id = ?", fileId));
        assertEquals(file.total(), count("SELECT COALESCE(SUM(requested_amount), 0) FROM deduction_line"
                + " WHERE source_file_id = ?", fileId));
        assertEquals(LINES, count("SELECT COUNT(DISTINCT source_record) FROM deduction_line WHERE source_file_id = ?",
                fileId));
        assertEquals(file.lines().stream().map(FixtureLine::personNumber).distinct().count(),
                count("SELECT COUNT(DISTINCT person_id) FROM deduction_line WHERE source_file_id = ?", fileId));
        assertEquals(0, count("SELECT COUNT(*) FROM (SELECT organization_id, person_number FROM person"
                + " GROUP BY organization_id, person_number HAVING COUNT(*) > 1) twice"));
    }

    // ---- the job repository and the database of the killed server ----

    private static long instanceOf(long execution) throws Exception {
        return count("SELECT JOBINSTANCEID FROM JOB_EXECUTION WHERE JOBEXECUTIONID = ?", execution);
    }

    private static String stepStatus(long execution, String step) throws SQLException {
        return string("SELECT BATCHSTATUS FROM STEP_EXECUTION WHERE JOBEXECUTIONID = ? AND STEPNAME = ?", execution, step);
    }

    private static String stepExitStatus(long execution, String step) throws SQLException {
        return string("SELECT EXITSTATUS FROM STEP_EXECUTION WHERE JOBEXECUTIONID = ? AND STEPNAME = ?", execution, step);
    }

    /** The load step's READ_COUNT in this execution, as its last checkpoint stored it. */
    private static long readCount(long execution) throws SQLException {
        return count("SELECT READCOUNT FROM STEP_EXECUTION WHERE JOBEXECUTIONID = ? AND STEPNAME = 'load'", execution);
    }

    private static long readCountOrZero(long execution) throws SQLException {
        String read = string("SELECT READCOUNT FROM STEP_EXECUTION WHERE JOBEXECUTIONID = ? AND STEPNAME = 'load'",
                execution);
        return read == null ? 0 : Long.parseLong(read);
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        String value = string(sql, parameters);
        if (value == null) {
            throw new AssertionError("no row: " + sql);
        }
        return Long.parseLong(value);
    }

    private static String string(String sql, Object... parameters) throws SQLException {
        try (Connection c = server.database(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    interface Condition {
        boolean holds() throws Exception;
    }

    /** Polls until the condition holds (bounded), to kill the server at a point the repository shows. */
    private static void awaitThat(String what, Condition condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PHASE_TIMEOUT_SECONDS);
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("never saw: " + what);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private static void endQuietly(Connection connection) {
        try (connection) {
            connection.rollback();
        } catch (SQLException e) {
            // on H2 the session lived in the killed server: nothing is left to roll back
        }
    }

    private static String sha256(Path file) throws Exception {
        java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
        return java.util.HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
    }
}
