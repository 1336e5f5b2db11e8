package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The batch administrator's operations on executions in the running server: an execution that a crash left
 * STARTED is shown as crashed, marked failed and restarted from its checkpoint; abandon; every refusal by its
 * reason; organisation users are refused.
 */
@ExtendWith(ArquillianExtension.class)
class BatchAdministrationIT {
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    private static KojoBrowserlessClient admin() throws Exception {
        return new KojoBrowserlessClient("batch01").loggedInAs("batch01");
    }

    private static void assertRefused(HttpResponse<String> response, String code) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"code\":\"" + code + "\""), response.body());
    }

    @Test
    void anExecutionLeftStartedByACrashIsShownAsSuchMarkedFailedAndRestartedFromItsCheckpoint() throws Exception {
        KojoBrowserlessClient admin = admin();
        YearMonth month = YearMonth.of(2034, 6);
        long crashed = BatchFixture.failedMidLoad(admin, month, "crash-203406.dat", 777_779);
        long committed = BatchFixture.stagedLines("crash-203406.dat");
        assertTrue(committed > 0 && committed < BatchFixture.LINES, "committed chunks: " + committed);
        BatchFixture.lookCrashed(crashed);

        String view = admin.getText("/api/batch/executions/" + crashed);
        assertTrue(view.contains("\"batchStatus\":\"STARTED\"") && view.contains("\"crashed\":true"), view);
        assertRefused(admin.postJson("/api/batch/executions/" + crashed + "/stop", "{}"), "NOT_RUNNING");

        HttpResponse<String> marked = admin.postJson("/api/batch/executions/" + crashed + "/mark-failed", "{}");
        assertEquals(204, marked.statusCode(), marked.body());
        view = admin.getText("/api/batch/executions/" + crashed);
        assertTrue(view.contains("\"batchStatus\":\"FAILED\"") && view.contains("\"exitStatus\":\"CRASHED\"")
                && view.contains("\"crashed\":false"), view);
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM STEP_EXECUTION WHERE JOBEXECUTIONID = ?"
                + " AND BATCHSTATUS <> 'FAILED' AND STEPNAME = 'load'", crashed));
        assertRefused(admin.postJson("/api/batch/executions/" + crashed + "/mark-failed", "{}"), "NOT_CRASHED");

        long restarted = BatchApi.restart(admin, crashed);
        String done = BatchApi.awaitEnd(admin, restarted);
        assertTrue(done.contains("\"batchStatus\":\"COMPLETED\"") && done.contains("\"percent\":100"), done);
        assertEquals(BatchFixture.LINES, BatchFixture.linesOfCycle(month));
        assertEquals(BatchFixture.LINES, TestServer.queryLong("SELECT COUNT(DISTINCT l.source_record) FROM deduction_line l "
                + "JOIN deduction_cycle c ON c.id = l.cycle_id WHERE c.year_month = ?", month.toString()));
        // The restart read only what the last checkpoint left, not the file again from the start.
        long readByRestart = TestServer.queryLong("SELECT READCOUNT FROM STEP_EXECUTION WHERE JOBEXECUTIONID = ?"
                + " AND STEPNAME = 'load'", restarted);
        assertEquals(BatchFixture.LINES - committed, readByRestart);
    }

    @Test
    void aFailedExecutionIsAbandonedForGoodAndEveryRefusalSaysWhy() throws Exception {
        KojoBrowserlessClient admin = admin();
        YearMonth month = YearMonth.of(2034, 7);
        long failed = BatchFixture.failedMidLoad(admin, month, "abandon-203407.dat", 777_780);

        assertRefused(admin.postJson("/api/batch/executions/" + failed + "/mark-failed", "{}"), "NOT_CRASHED");
        assertRefused(admin.postJson("/api/batch/executions/99999999/mark-failed", "{}"), "NO_SUCH_EXECUTION");
        assertRefused(admin.postJson("/api/batch/executions/99999999/abandon", "{}"), "NO_SUCH_EXECUTION");

        HttpResponse<String> abandoned = admin.postJson("/api/batch/executions/" + failed + "/abandon", "{}");
        assertEquals(204, abandoned.statusCode(), abandoned.body());
        String view = admin.getText("/api/batch/executions/" + failed);
        assertTrue(view.contains("\"batchStatus\":\"ABANDONED\""), view);
        assertRefused(admin.postJson("/api/batch/executions/" + failed + "/restart", "{}"), "CANNOT_RESTART");
        assertTrue(BatchFixture.linesOfCycle(month) < BatchFixture.LINES, "an abandoned load is not finished");

        // Its file is released: no staged rows, no registration; the same file loads whole in a new job.
        assertEquals(0, BatchFixture.stagedLines("abandon-203407.dat"));
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM interchange_file WHERE file_name = ?",
                "abandon-203407.dat"));
        long again = BatchApi.start(admin, "deduction-request-load",
                "{\"fileName\":\"abandon-203407.dat\",\"format\":\"FIXED\"}");
        String done = BatchApi.awaitEnd(admin, again);
        assertTrue(done.contains("\"batchStatus\":\"COMPLETED\""), done);
        assertEquals(BatchFixture.LINES, BatchFixture.linesOfCycle(month));
    }

    @Test
    void organisationUsersCannotOperateExecutions() throws Exception {
        KojoBrowserlessClient union = new KojoBrowserlessClient("union01").loggedInAs("union01");
        for (String action : List.of("mark-failed", "abandon", "restart", "stop")) {
            assertEquals(403, union.postJson("/api/batch/executions/1/" + action, "{}").statusCode(), action);
        }
        assertEquals(403, union.get("/batch/report?execution=1").statusCode());
    }
}
