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
import java.util.ArrayList;
import java.util.List;
import jp.kojo.batch.requestload.RequestFileFixtures;
import jp.kojo.batch.requestload.RequestFileFixtures.FixtureLine;
import jp.kojo.deduction.entity.CycleKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Restart guarantees of the request load (issue 11, item 5): a server of its own ({@link KillableServer}, never the
 * Arquillian-managed one the other tests use) is killed with {@code kill -9} while it loads three large request
 * files, one in each step: during {@code validate}, mid-{@code load} and during {@code complete} (one kill and one
 * start instead of three of each: a server start is the slow part). Started again, it shows each execution as
 * crashed; the batch administrator marks it failed and restarts it through the batch API; then the database holds
 * exactly each file's lines (count and amount total equal to the trailer), no record and no person twice, and each
 * restarted execution read only what the last checkpoint left.
 *
 * <p>The kill points are found in the job repository and the database, never by sleeping: {@code validate} after it
 * registered its file and before the step ended (its latest point: the restart must not take the file for one
 * already loaded), {@code load} after a checkpoint and before the last, {@code complete} after it started. So that a
 * step cannot move past its point before the kill, the test holds a row the step is about to update (an uncommitted
 * update, as a slow statement of another session would).
 */
class CrashRestartIT {
    /** Six chunks of the load step (20,000 each): a wide window between its first and its last checkpoint. */
    static final int LINES = 120_000;
    private static final String UNION = "1000000001";
    private static final String PAYROLL = "2000000002";

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
    void oneKillDuringValidateMidLoadAndDuringCompleteAndEachRestartFinishesItsFileExactlyOnce() throws Exception {
        server.ensureRunning();
        LoadedFile validating = write("crash-validate-203501.dat", YearMonth.of(2035, 1), '7');
        LoadedFile loading = write("crash-load-203502.dat", YearMonth.of(2035, 2), '8');
        LoadedFile completing = write("crash-complete-203503.dat", YearMonth.of(2035, 3), '9');
        KojoBrowserlessClient admin = server.loggedIn("batch01");
        // One after the other, so that no two loads write lines at the same time (on H2 two chunks inserting into
        // deduction_line at once can be given the same generated id; see docs/operations.md).
        List<KillPoint> points = new ArrayList<>();
        long[] runs;
        try {
            long completingRun = start(admin, completing);
            // complete: started, waiting for the file's row to mark it loaded.
            points.add(new KillPoint(server, () -> registered(completing),
                    "UPDATE interchange_file SET status = status WHERE sha256 = ?", completing.sha256(),
                    () -> "STARTED".equals(stepStatus(completingRun, "complete"))));
            KillPoint.awaitThat("complete has started", points.get(0)::reached);

            long loadingRun = start(admin, loading);
            // load: a checkpoint committed; the next one waits for the step's row, so it is not the last.
            points.add(new KillPoint(server, () -> readCountOrZero(loadingRun) > 0,
                    "UPDATE STEP_EXECUTION SET BATCHSTATUS = BATCHSTATUS WHERE JOBEXECUTIONID = ? AND STEPNAME = 'load'",
                    loadingRun, () -> true));
            KillPoint.awaitThat("load has committed a checkpoint", points.get(1)::reached);

            // validate's latest point: the file registered, the step not ended (the restart must not take the file
            // for one already loaded). Validating 30,000 lines takes a few milliseconds, too short to catch it
            // between registering and ending, so it is held at the registration first: a row with the file's hash,
            // inserted here and not committed, makes the step's own insert wait on the unique key. Once the step's
            // row is taken as well, the placeholder is rolled back: the step registers and waits to end.
            long validatingRun;
            try (Connection placeholder = server.database()) {
                placeholder.setAutoCommit(false);
                try (PreparedStatement ps = placeholder.prepareStatement("INSERT INTO interchange_file (file_kind,"
                        + " file_name, sha256, record_count, amount_total, status, received_at)"
                        + " VALUES ('DEDUCTION_REQUEST', 'placeholder', ?, 0, 0, 'LOADING', CURRENT_TIMESTAMP)")) {
                    ps.setString(1, validating.sha256());
                    assertEquals(1, ps.executeUpdate());
                }
                long run = start(admin, validating);
                validatingRun = run;
                points.add(new KillPoint(server, () -> "STARTED".equals(stepStatus(run, "validate")),
                        "UPDATE STEP_EXECUTION SET BATCHSTATUS = BATCHSTATUS WHERE JOBEXECUTIONID = ?"
                                + " AND STEPNAME = 'validate'", run,
                        () -> registered(validating)));
                KillPoint.awaitThat("validate has started, its registration waits", points.get(2)::holding);
                placeholder.rollback();
            }
            KillPoint.awaitThat("validate has registered its file", points.get(2)::reached);

            server.flushDatabase();
            server.kill();
            runs = new long[] {validatingRun, loadingRun, completingRun};
        } finally {
            points.forEach(KillPoint::close);
        }
        long validatingRun = runs[0];
        long loadingRun = runs[1];
        long completingRun = runs[2];

        // What the database holds after the kill.
        assertEquals("STARTED", stepStatus(validatingRun, "validate"), "killed before validate ended");
        assertEquals("LOADING", string("SELECT status FROM interchange_file WHERE sha256 = ?", validating.sha256()));
        long checkpointed = readCount(loadingRun);
        assertEquals("STARTED", stepStatus(loadingRun, "load"), "killed before load ended");
        assertTrue(checkpointed > 0 && checkpointed < LINES, "killed between the first and the last checkpoint: "
                + checkpointed);
        assertEquals("COMPLETED", stepStatus(completingRun, "load"));
        assertEquals("STARTED", stepStatus(completingRun, "complete"), "killed before complete ended");
        assertEquals("LOADING", string("SELECT status FROM interchange_file WHERE sha256 = ?", completing.sha256()));

        server.start();
        admin = server.loggedIn("batch01");
        // The batch screen lists the three among the running executions, as 中断 (crashed).
        HttpResponse<byte[]> screen = admin.get("/batch/jobs.xhtml");
        assertEquals(200, screen.statusCode());
        String html = new String(screen.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(3, html.split("kojo-crashed", -1).length - 1, html);
        for (LoadedFile file : List.of(validating, loading, completing)) {
            assertTrue(html.contains(file.name()), file.name());
        }
        // One after the other again, each to its end.
        long completingAgain = restartAfterCrash(admin, completingRun);
        awaitLoaded(admin, completingAgain);
        long loadingAgain = restartAfterCrash(admin, loadingRun);
        awaitLoaded(admin, loadingAgain);
        long validatingAgain = restartAfterCrash(admin, validatingRun);
        awaitLoaded(admin, validatingAgain);

        // validate ran again, over the staged copy the first execution made, and did not take the file its first
        // attempt registered for one already loaded; the load then read the whole file: none of it was loaded.
        assertEquals("VALIDATED", stepExitStatus(validatingAgain, "validate"));
        assertEquals(LINES, readCount(validatingAgain));
        assertWholeFileLoadedOnce(validating);

        // Mid-load: validate not again; the load read only what the last checkpoint left.
        assertEquals(0, count("SELECT COUNT(*) FROM STEP_EXECUTION WHERE JOBEXECUTIONID = ? AND STEPNAME = 'validate'",
                loadingAgain), "validate is not run again once completed");
        assertEquals(LINES - checkpointed, readCount(loadingAgain), "the restart read only what the checkpoint left");
        assertWholeFileLoadedOnce(loading);

        // During complete: only complete ran again; nothing was read again.
        assertEquals(0, count("SELECT COUNT(*) FROM STEP_EXECUTION WHERE JOBEXECUTIONID = ? AND STEPNAME IN"
                + " ('validate', 'load')", completingAgain), "the restart runs only complete: it reads nothing again");
        assertEquals("LOADED", stepExitStatus(completingAgain, "complete"));
        assertWholeFileLoadedOnce(completing);
    }

    // ---- the file and the job ----

    record LoadedFile(String name, List<FixtureLine> lines, String sha256) {
        long total() {
            return RequestFileFixtures.total(lines);
        }
    }

    /** A file of {@value #LINES} lines whose person numbers start with {@code personPrefix} (persons of its own). */
    private static LoadedFile write(String name, YearMonth month, char personPrefix) throws Exception {
        List<FixtureLine> lines = RequestFileFixtures.lines(LINES, UNION, PAYROLL).stream()
                .map(l -> l.withPersonNumber(personPrefix + l.personNumber().substring(1)))
                .toList();
        Path path = RequestFileFixtures.writeFixed(server.inbox().resolve(name), month, CycleKind.MONTHLY,
                month.atDay(25), lines);
        return new LoadedFile(name, lines, sha256(path));
    }

    private static long start(KojoBrowserlessClient admin, LoadedFile file) throws Exception {
        return BatchApi.start(admin, "deduction-request-load",
                "{\"fileName\":\"" + file.name() + "\",\"format\":\"FIXED\"}");
    }

    private static boolean registered(LoadedFile file) throws SQLException {
        return count("SELECT COUNT(*) FROM interchange_file WHERE sha256 = ?", file.sha256()) == 1;
    }

    /**
     * After the start that followed the kill: the batch administrator sees the execution as crashed (the screen's
     * 中断), marks it failed and restarts it; answers the new execution.
     */
    private static long restartAfterCrash(KojoBrowserlessClient admin, long crashed) throws Exception {
        String view = admin.getText("/api/batch/executions/" + crashed);
        assertTrue(view.contains("\"batchStatus\":\"STARTED\"") && view.contains("\"crashed\":true"), view);
        HttpResponse<String> marked = admin.postJson("/api/batch/executions/" + crashed + "/mark-failed", "{}");
        assertEquals(204, marked.statusCode(), marked.body());
        view = admin.getText("/api/batch/executions/" + crashed);
        assertTrue(view.contains("\"batchStatus\":\"FAILED\"") && view.contains("\"exitStatus\":\"CRASHED\""), view);
        return BatchApi.restart(admin, crashed);
    }

    private static void awaitLoaded(KojoBrowserlessClient admin, long execution) throws Exception {
        String done = BatchApi.awaitEnd(admin, execution);
        assertTrue(done.contains("\"batchStatus\":\"COMPLETED\"") && done.contains("\"exitStatus\":\"LOADED\""), done);
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

    private static String sha256(Path file) throws Exception {
        java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
        return java.util.HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
    }
}
