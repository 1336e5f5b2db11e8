package jp.kojo.batch.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kojo.batch.boundary.ScheduledStartView;
import org.junit.jupiter.api.Test;

/** The claim and the cancel on the V21 table (H2): of two racing for a schedule, exactly one gets it. */
class ScheduleStoreTest {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 10, 0);

    private static Connection open() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:h2:mem:schedule" + COUNTER.incrementAndGet(), "sa", "");
        Path sql = Path.of(System.getProperty("basedir", ".")).resolve(
                "../ejb/src/main/resources/db/migration/V21__batch_schedule.sql").normalize();
        try (Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM '" + sql.toString().replace("'", "''") + "' CHARSET 'UTF-8'");
        }
        return c;
    }

    private static long schedule(Connection c) throws SQLException {
        return ScheduleStore.insert(c, "deduction-results-out", "kind=MONTHLY yearMonth=203901", NOW.plusHours(1),
                "batch01", NOW, "夜間");
    }

    @Test
    void aScheduleIsClaimedOnceAndShowsItsExecutionAndNode() throws Exception {
        try (Connection c = open()) {
            long id = schedule(c);
            assertTrue(ScheduleStore.claim(c, id, "node1", NOW.plusHours(1)));
            assertFalse(ScheduleStore.claim(c, id, "node2", NOW.plusHours(1)), "the second node gets nothing");
            ScheduleStore.started(c, id, 42);
            ScheduledStartView view = ScheduleStore.one(c, id).orElseThrow();
            assertEquals(ScheduledStartView.STARTED, view.status());
            assertEquals(42L, view.executionId());
            assertEquals("node1", view.firedOn());
            assertEquals("batch.job.deduction-results-out", view.labelKey());
            assertFalse(ScheduleStore.cancel(c, id, "batch01", NOW, "遅い"), "a started schedule is not cancelled");
        }
    }

    @Test
    void aCancelledScheduleIsNeverClaimedAndIsNotCancelledTwice() throws Exception {
        try (Connection c = open()) {
            long id = schedule(c);
            assertTrue(ScheduleStore.cancel(c, id, "batch02", NOW, "取りやめ"));
            assertFalse(ScheduleStore.claim(c, id, "node1", NOW.plusHours(1)));
            assertFalse(ScheduleStore.cancel(c, id, "batch02", NOW, "again"));
            ScheduledStartView view = ScheduleStore.one(c, id).orElseThrow();
            assertEquals(ScheduledStartView.CANCELLED, view.status());
            assertEquals("batch02", view.cancelledBy());
            assertEquals("取りやめ", view.cancelReason());
            assertNull(view.executionId());
            assertFalse(ScheduleStore.cancel(c, id + 1, "batch02", NOW, "unknown"));
        }
    }

    @Test
    void aClaimedStartWhoseParametersNoLongerHoldIsRefusedAndTheListPutsWaitingOnesFirst() throws Exception {
        try (Connection c = open()) {
            long refused = schedule(c);
            long waiting = ScheduleStore.insert(c, "zaikei-deposit-out", "", NOW.minusHours(1), "batch01", NOW, "r");
            assertTrue(ScheduleStore.claim(c, refused, "node1", NOW));
            ScheduleStore.refused(c, refused, "NO_SUCH_FILE");
            assertEquals("NO_SUCH_FILE", ScheduleStore.one(c, refused).orElseThrow().refusal());
            assertEquals(ScheduledStartView.REFUSED, ScheduleStore.one(c, refused).orElseThrow().status());
            List<Long> ids = ScheduleStore.recent(c, 10).stream().map(ScheduledStartView::id).toList();
            assertEquals(List.of(waiting, refused), ids);
            assertEquals(1, ScheduleStore.recent(c, 1).size());
        }
    }
}
