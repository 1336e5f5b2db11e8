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
    void anExecutionCreatedBeforeThisServerStartedAndStillRunningWasLeftByACrash() {
        Instant before = SERVER_STARTED.minusSeconds(60);
        Instant after = SERVER_STARTED.plusSeconds(60);
        assertTrue(ExecutionProgress.crashed(BatchStatus.STARTED, before, SERVER_STARTED));
        assertTrue(ExecutionProgress.crashed(BatchStatus.STARTING, before, SERVER_STARTED));
        assertTrue(ExecutionProgress.crashed(BatchStatus.STOPPING, before, SERVER_STARTED));
        assertFalse(ExecutionProgress.crashed(BatchStatus.STARTED, after, SERVER_STARTED), "runs in this server");
        assertFalse(ExecutionProgress.crashed(BatchStatus.FAILED, before, SERVER_STARTED));
        assertFalse(ExecutionProgress.crashed(BatchStatus.COMPLETED, before, SERVER_STARTED));
    }

    @Test
    void jobParametersAreReadAsJBeretStoresThem() {
        Properties p = JobRepositoryTables.parameters("fileName = 控除 依頼=1.dat\nformat = FIXED\n");
        assertEquals("控除 依頼=1.dat", p.getProperty("fileName"));
        assertEquals("FIXED", p.getProperty("format"));
        assertTrue(JobRepositoryTables.parameters(null).isEmpty());
    }
}
