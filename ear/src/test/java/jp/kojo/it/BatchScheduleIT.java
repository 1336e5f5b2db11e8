package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import jp.kojo.platform.ClockProducer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 予約実行 on the running server, through the batch API: a start scheduled a few seconds ahead fires once and shows
 * its execution; a cancelled one never starts; refusals by their reason; the audit log has who, when and why;
 * a bank operator without the batch role is refused.
 */
@ExtendWith(ArquillianExtension.class)
class BatchScheduleIT {
    private static final String JOB = "deduction-results-out";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    private static KojoBrowserlessClient admin() throws Exception {
        return new KojoBrowserlessClient("batch01").loggedInAs("batch01");
    }

    /** Now by the test server's clock (moved into service hours). */
    static LocalDateTime serverNow() {
        String offset = TestServer.property("kojo.clock.offset");
        return LocalDateTime.now(ClockProducer.TOKYO).plus(offset == null ? Duration.ZERO : Duration.parse(offset));
    }

    private static void assertRefused(HttpResponse<String> response, String code) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"code\":\"" + code + "\""), response.body());
    }

    @Test
    void aStartScheduledAFewSecondsAheadStartsOnceAndShowsItsExecution() throws Exception {
        KojoBrowserlessClient admin = admin();
        long id = ScheduleApi.schedule(admin, JOB, ScheduleApi.resultsOut("203901", serverNow().plusSeconds(3), "夜間の作成"));
        String waiting = ScheduleApi.view(admin, id);
        assertTrue(waiting.contains("\"status\":\"SCHEDULED\"") && waiting.contains("\"scheduledBy\":\"batch01\"")
                && waiting.contains("\"parameters\":\"kind=MONTHLY yearMonth=203901\""), waiting);
        assertTrue(admin.getText("/api/batch/schedules").contains("\"id\":" + id + ","), "listed");

        long execution = ScheduleApi.awaitStarted(admin, id);
        String view = admin.getText("/api/batch/executions/" + execution);
        assertTrue(view.contains("\"jobName\":\"" + JOB + "\""), view);
        assertEquals(1, ScheduleApi.executionsWith(JOB, "yearMonth", "2039-01"));
        assertEquals("STARTED", TestServer.queryString("SELECT status FROM batch_schedule WHERE id = ?", id));
        assertEquals(execution, TestServer.queryLong("SELECT execution_id FROM batch_schedule WHERE id = ?", id));
        assertEquals(TestServer.queryString("SELECT node_name FROM batch_execution_node WHERE execution_id = ?", execution),
                TestServer.queryString("SELECT fired_on FROM batch_schedule WHERE id = ?", id), "the node that fired runs it");
        assertEquals("夜間の作成", TestServer.queryString("SELECT reason FROM audit_event WHERE action = 'BATCH_START_SCHEDULED'"
                + " AND reference = ? AND actor_login_id = 'batch01'", "schedule " + id));
        assertRefused(admin.postJson("/api/batch/schedules/" + id + "/cancel", "{\"reason\":\"遅すぎ\"}"), "NOT_SCHEDULED");
    }

    @Test
    void aCancelledStartNeverStarts() throws Exception {
        KojoBrowserlessClient admin = admin();
        LocalDateTime at = serverNow().plusSeconds(3);
        long cancelled = ScheduleApi.schedule(admin, JOB, ScheduleApi.resultsOut("203902", at, "取り消す予定"));
        assertRefused(admin.postJson("/api/batch/schedules/" + cancelled + "/cancel", "{\"reason\":\" \"}"), "REASON_REQUIRED");
        HttpResponse<String> cancel = admin.postJson("/api/batch/schedules/" + cancelled + "/cancel", "{\"reason\":\"依頼の取下げ\"}");
        assertEquals(204, cancel.statusCode(), cancel.body());
        // A start scheduled just after the cancelled one: once it has fired, the cancelled one's time has passed.
        long later = ScheduleApi.schedule(admin, JOB, ScheduleApi.resultsOut("203903", at.plusSeconds(2), "後続"));
        ScheduleApi.awaitStarted(admin, later);

        String view = ScheduleApi.view(admin, cancelled);
        assertTrue(view.contains("\"status\":\"CANCELLED\"") && view.contains("\"cancelledBy\":\"batch01\"")
                && view.contains("\"cancelReason\":\"依頼の取下げ\"") && !view.contains("\"executionId\":"), view);
        assertEquals(0, ScheduleApi.executionsWith(JOB, "yearMonth", "2039-02"));
        assertEquals(1, ScheduleApi.executionsWith(JOB, "yearMonth", "2039-03"), "the later one started");
        assertEquals("依頼の取下げ", TestServer.queryString("SELECT reason FROM audit_event WHERE action = 'BATCH_START_CANCELLED'"
                + " AND reference = ? AND actor_login_id = 'batch01'", "schedule " + cancelled));
        assertRefused(admin.postJson("/api/batch/schedules/" + cancelled + "/cancel", "{\"reason\":\"再度\"}"), "NOT_SCHEDULED");
    }

    @Test
    void everyRefusalSaysWhyAndSchedulesNothing() throws Exception {
        KojoBrowserlessClient admin = admin();
        long before = TestServer.queryLong("SELECT COUNT(*) FROM batch_schedule");
        assertRefused(admin.postJson("/api/batch/schedules/" + JOB,
                ScheduleApi.resultsOut("203904", serverNow().minusMinutes(1), "過去")), "NOT_IN_FUTURE");
        assertRefused(admin.postJson("/api/batch/schedules/" + JOB,
                "{\"at\":\"2099/01/01 10:00\",\"reason\":\"r\",\"yearMonth\":\"203904\",\"kind\":\"MONTHLY\"}"), "INVALID_TIME");
        assertRefused(admin.postJson("/api/batch/schedules/" + JOB,
                ScheduleApi.resultsOut("203904", serverNow().plusHours(1), "")), "REASON_REQUIRED");
        assertRefused(admin.postJson("/api/batch/schedules/" + JOB,
                ScheduleApi.resultsOut("2039-4", serverNow().plusHours(1), "r")), "INVALID_YEAR_MONTH");
        assertRefused(admin.postJson("/api/batch/schedules/no-such-job",
                ScheduleApi.resultsOut("203904", serverNow().plusHours(1), "r")), "NO_SUCH_JOB");
        assertRefused(admin.postJson("/api/batch/schedules/99999999/cancel", "{\"reason\":\"r\"}"), "NOT_SCHEDULED");
        assertEquals(before, TestServer.queryLong("SELECT COUNT(*) FROM batch_schedule"));
    }

    @Test
    void aBankOperatorWithoutTheBatchRoleIsRefused() throws Exception {
        KojoBrowserlessClient bank = new KojoBrowserlessClient("bank01").loggedInAs("bank01");
        String json = ScheduleApi.resultsOut("203905", serverNow().plusHours(1), "権限なし");
        assertEquals(403, bank.postJson("/api/batch/schedules/" + JOB, json).statusCode());
        assertEquals(403, bank.get("/api/batch/schedules").statusCode());
        KojoBrowserlessClient union = new KojoBrowserlessClient("union01").loggedInAs("union01");
        assertEquals(403, union.postJson("/api/batch/schedules/" + JOB, json).statusCode());
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM batch_schedule WHERE parameters LIKE '%203905%'"));
    }
}
