package jp.kojo.batch.boundary;

import jakarta.batch.runtime.BatchStatus;
import java.time.LocalDateTime;

/**
 * One job execution as the batch administrator's screen shows it. {@code fileName} is the request file a load
 * read or the results file an export wrote (null when there is none); the counts come from the step {@code load} of this execution (0 when it did not run).
 */
public record JobExecutionView(
        long executionId,
        long instanceId,
        String jobName,
        String fileName,
        BatchStatus batchStatus,
        String exitStatus,
        LocalDateTime startTime,
        LocalDateTime endTime,
        long readCount,
        long writeCount,
        long skipCount) {
}
