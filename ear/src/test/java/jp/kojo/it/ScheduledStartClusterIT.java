package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Scheduled work in {@code ./kojo cluster}: persistent EJB timers are kept in the shared PostgreSQL database, and a
 * start the batch administrator scheduled fires once with both nodes up (one job execution in the shared job
 * repository, the schedule started once, by one node). Then a start scheduled on one node still fires after that
 * node is killed: the other node has it from the database. Run with -Pcluster (ear/pom.xml).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScheduledStartClusterIT {
    private static final String JOB = "deduction-results-out";
    private static final String TIMERS_OF_SCHEDULED_STARTS = "SELECT COUNT(*) FROM jboss_ejb_timer"
            + " WHERE partition_name = 'kojo' AND timed_object_id LIKE '%ScheduledStarts'";

    private static KojoBrowserlessClient admin;

    @BeforeAll
    static void startCluster() throws Exception {
        TestCluster.start();
        admin = new KojoBrowserlessClient("batch01").loggedInAs("batch01");
    }

    @AfterAll
    static void stopCluster() throws Exception {
        TestCluster.stop();
    }

    @Test
    @Order(1)
    void theNightlyTimersAreInTheDatabase() throws Exception {
        for (String bean : List.of("RevocationList", "CertificateExpiryReminders", "CutOffReminders")) {
            assertEquals(1, TestServer.queryLong("SELECT COUNT(*) FROM jboss_ejb_timer WHERE partition_name = 'kojo'"
                    + " AND auto_timer = true AND timed_object_id LIKE ?", "%" + bean), bean + " once for the cluster");
        }
    }

    @Test
    @Order(2)
    void aStartScheduledWithBothNodesUpFiresOnce() throws Exception {
        long id = ScheduleApi.schedule(admin, JOB, ScheduleApi.resultsOut("204111", TestCluster.now().plusSeconds(15),
                "クラスタで一度だけ"));
        KillPoint.awaitThat("the timer is stored in the database", () -> TestServer.queryLong(TIMERS_OF_SCHEDULED_STARTS) == 1);

        long execution = ScheduleApi.awaitStarted(admin, id);
        // A single-action timer leaves the table once its timeout has run: by then every node has had its chance.
        KillPoint.awaitThat("the timer has run and left the database", () -> TestServer.queryLong(TIMERS_OF_SCHEDULED_STARTS) == 0);
        assertEquals(1, ScheduleApi.executionsWith(JOB, "yearMonth", "2041-11"), "one execution in the shared job repository");
        assertEquals(1, TestServer.queryLong("SELECT COUNT(*) FROM batch_schedule WHERE id = ? AND status = 'STARTED'"
                + " AND execution_id = ?", id, execution));
        String firedOn = TestServer.queryString("SELECT fired_on FROM batch_schedule WHERE id = ?", id);
        assertTrue(List.of("node1", "node2").contains(firedOn), firedOn);
        assertEquals(firedOn, TestServer.queryString("SELECT node_name FROM batch_execution_node WHERE execution_id = ?",
                execution));
        System.out.println("Schedule " + id + " fired on " + firedOn + ": execution " + execution);
        String done = BatchApi.awaitEnd(admin, execution);
        assertTrue(done.contains("\"node\":\"" + firedOn + "\""), done);
    }

    @Test
    @Order(3)
    void aStartScheduledOnANodeThatIsKilledFiresOnTheOther() throws Exception {
        // A new client, so a new connection: the balancer's counts then tell the node that took the schedule.
        Map<String, Long> before = TestCluster.connectionsByNode();
        KojoBrowserlessClient admin = new KojoBrowserlessClient("batch01").loggedInAs("batch01");
        long id = ScheduleApi.schedule(admin, JOB, ScheduleApi.resultsOut("204112", TestCluster.now().plusSeconds(20),
                "ノード停止後も実行"));
        String scheduledOn = TestCluster.servedSince(before);
        KillPoint.awaitThat("the timer is stored in the database", () -> TestServer.queryLong(TIMERS_OF_SCHEDULED_STARTS) == 1);
        TestCluster.kill(scheduledOn);

        KillPoint.awaitThat("schedule " + id + " started", () -> "STARTED".equals(
                TestServer.queryString("SELECT status FROM batch_schedule WHERE id = ? AND execution_id IS NOT NULL", id)));
        String firedOn = TestServer.queryString("SELECT fired_on FROM batch_schedule WHERE id = ?", id);
        assertNotEquals(scheduledOn, firedOn, "the surviving node fired it");
        KillPoint.awaitThat("the timer has run and left the database", () -> TestServer.queryLong(TIMERS_OF_SCHEDULED_STARTS) == 0);
        assertEquals(1, ScheduleApi.executionsWith(JOB, "yearMonth", "2041-12"));
    }
}
