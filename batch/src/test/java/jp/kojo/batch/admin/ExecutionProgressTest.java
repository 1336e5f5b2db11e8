package jp.kojo.batch.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ExecutionProgressTest {
    private static final Instant SERVER_STARTED = Instant.parse("2026-12-02T01:00:00Z");

    @Test
    void percentIsLinesReadOfTheStagedLinesAndOnlyCompletionMakesAHundred() {
        assertEquals(0, ExecutionProgress.percent(BatchStatus.STARTED, 0, 303L));
        assertEquals(49, ExecutionProgress.percent(BatchStatus.STARTED, 150, 303L));
        assertEquals(99, ExecutionProgress.percent(BatchStatus.STARTED, 300, 303L), "header and trailer are not read");
        assertEquals(99, ExecutionProgress.percent(BatchStatus.STARTED, 303, 303L));
        assertEquals(100, ExecutionProgress.percent(BatchStatus.COMPLETED, 300, 303L));
        assertEquals(100, ExecutionProgress.percent(BatchStatus.COMPLETED, 0, null), "an export has no file to count");
        assertEquals(0, ExecutionProgress.percent(BatchStatus.STARTED, 10, null));
        assertEquals(0, ExecutionProgress.percent(BatchStatus.FAILED, 10, 0L));
    }

    @Test
    void anExecutionOfThisNodeOrOfNoRecordedNodeCreatedBeforeThisServerStartedAndStillRunningWasLeftByACrash() {
        Instant before = SERVER_STARTED.minusSeconds(60);
        Instant after = SERVER_STARTED.plusSeconds(60);
        ExecutionRunner here = new ExecutionRunner("node1", SERVER_STARTED, SERVER_STARTED, after, after);
        for (ExecutionRunner runner : new ExecutionRunner[] {null, here}) {
            assertTrue(ExecutionProgress.crashed(BatchStatus.STARTED, before, SERVER_STARTED, runner, "node1"));
            assertTrue(ExecutionProgress.crashed(BatchStatus.STARTING, before, SERVER_STARTED, runner, "node1"));
            assertTrue(ExecutionProgress.crashed(BatchStatus.STOPPING, before, SERVER_STARTED, runner, "node1"));
            assertFalse(ExecutionProgress.crashed(BatchStatus.STARTED, after, SERVER_STARTED, runner, "node1"),
                    "runs in this server");
            assertFalse(ExecutionProgress.crashed(BatchStatus.FAILED, before, SERVER_STARTED, runner, "node1"));
            assertFalse(ExecutionProgress.crashed(BatchStatus.COMPLETED, before, SERVER_STARTED, runner, "node1"));
        }
    }

    @Test
    void anExecutionOfAnotherNodeCrashedWhenThatNodeFellSilentOrRestarted() {
        Instant otherStarted = SERVER_STARTED.minusSeconds(3600);
        Instant created = SERVER_STARTED.minusSeconds(600);
        Instant now = SERVER_STARTED.plusSeconds(600);
        ExecutionRunner alive = new ExecutionRunner("node2", otherStarted, otherStarted, now.minusSeconds(20), now);
        assertFalse(ExecutionProgress.crashed(BatchStatus.STARTED, created, SERVER_STARTED, alive, "node1"),
                "created before this node started, but runs on node2, which beats");
        ExecutionRunner silent = new ExecutionRunner("node2", otherStarted, otherStarted,
                now.minus(ExecutionRunner.SILENCE).minusSeconds(1), now);
        assertTrue(ExecutionProgress.crashed(BatchStatus.STARTED, created, SERVER_STARTED, silent, "node1"));
        ExecutionRunner restarted = new ExecutionRunner("node2", otherStarted, now.minusSeconds(30), now, now);
        assertTrue(ExecutionProgress.crashed(BatchStatus.STARTED, created, SERVER_STARTED, restarted, "node1"));
        ExecutionRunner unknownNode = new ExecutionRunner("node3", otherStarted, null, null, now);
        assertTrue(ExecutionProgress.crashed(BatchStatus.STARTED, created, SERVER_STARTED, unknownNode, "node1"));
        assertFalse(ExecutionProgress.crashed(BatchStatus.FAILED, created, SERVER_STARTED, silent, "node1"));
    }

    @Test
    void jobParametersAreReadAsJBeretStoresThem() {
        Properties p = JobRepositoryTables.parameters("fileName = 控除 依頼=1.dat\nformat = FIXED\n");
        assertEquals("控除 依頼=1.dat", p.getProperty("fileName"));
        assertEquals("FIXED", p.getProperty("format"));
        assertTrue(JobRepositoryTables.parameters(null).isEmpty());
    }
}
