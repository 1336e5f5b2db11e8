package jp.kojo.batch.admin;

import java.io.Serializable;
import jp.kojo.batch.boundary.JobStartRequest;

/**
 * What a scheduled start's persistent timer carries (serialized into the timer store): the schedule's row, the job,
 * its parameters and who scheduled it. Small and plain, so that any node of any later version can read it.
 */
public record ScheduledStart(long scheduleId, String jobName, JobStartRequest request, String scheduledBy)
        implements Serializable {
    private static final long serialVersionUID = 1L;
}
