package jp.kojo.batch.admin;

import jakarta.batch.runtime.BatchStatus;
import java.time.Instant;

/** The rules the batch screen shows an execution by: how far it got, and whether a crash left it behind. */
public final class ExecutionProgress {
    private ExecutionProgress() {
    }

    /**
     * Percent of the file done: the records the load step committed (over all executions of the instance so far)
     * against the lines the staged copy has. A completed execution is 100; without a staged file (a job that reads no file)
     * only completion counts. Header and trailer lines are never read as records, so a load shows 99 until its
     * complete step ends.
     */
    public static int percent(BatchStatus status, long linesDone, Long totalLines) {
        if (status == BatchStatus.COMPLETED) {
            return 100;
        }
        if (totalLines == null || totalLines <= 0 || linesDone <= 0) {
            return 0;
        }
        return (int) Math.min(99, linesDone * 100 / totalLines);
    }

    /** Whether the repository says the execution runs. */
    public static boolean running(BatchStatus status) {
        return status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING;
    }

    /**
     * An execution the repository calls running but that nothing runs any more, so nothing will ever end it. The node
     * that started it ({@code runner}) is another node that has died or restarted since; or it is this node (or
     * unknown) and the execution was created before this server started: the server that ran it stopped without
     * ending it (a crash, {@code kill -9}, power loss). On a single server only the second case arises.
     */
    public static boolean crashed(BatchStatus status, Instant created, Instant serverStarted, ExecutionRunner runner,
                                  String thisNode) {
        if (!running(status)) {
            return false;
        }
        if (runner != null && !runner.node().equals(thisNode)) {
            return runner.gone();
        }
        return created != null && created.isBefore(serverStarted);
    }
}
