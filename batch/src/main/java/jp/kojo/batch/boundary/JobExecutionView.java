package jp.kojo.batch.boundary;

import jakarta.batch.runtime.BatchStatus;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One job execution as the batch administrator's screen shows it. {@code fileName} is the inbound file a load
 * read or the results file an export wrote (null when there is none); the counts come from the step {@code load}
 * of this execution (0 when it did not run); {@code rejectedCount} is the number of problems in its rejection
 * report. {@code totalLines} is the staged file's line count (null for a job without an inbound file) and
 * {@code percent} how much of it the load has committed. {@code crashed}: the repository says it runs, but the server
 * that ran it has stopped since (shown as 中断; mark it failed, then restart it). {@code node}: the server (cluster
 * node, {@code jboss.node.name}) that started it, null when not recorded.
 */
public record JobExecutionView(
        long executionId,
        long instanceId,
        String jobName,
        String labelKey,
        String fileName,
        BatchStatus batchStatus,
        String exitStatus,
        LocalDateTime startTime,
        LocalDateTime endTime,
        long readCount,
        long writeCount,
        long skipCount,
        long rejectedCount,
        Long totalLines,
        int percent,
        boolean crashed,
        boolean reportAvailable,
        String node) implements Serializable {

    /** Running in this server: STARTING, STARTED or STOPPING and not crashed. */
    public boolean running() {
        return !crashed && (batchStatus == BatchStatus.STARTING || batchStatus == BatchStatus.STARTED
                || batchStatus == BatchStatus.STOPPING);
    }

    /** Ended: the history. */
    public boolean ended() {
        return !running() && !crashed;
    }

    public boolean restartable() {
        return batchStatus == BatchStatus.FAILED || batchStatus == BatchStatus.STOPPED;
    }
}
