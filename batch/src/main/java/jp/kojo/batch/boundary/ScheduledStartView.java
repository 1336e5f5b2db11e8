package jp.kojo.batch.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A scheduled start (予約実行) as the screen and the batch API show it. Times are Tokyo local times by Kojo's clock.
 * {@code status}: SCHEDULED, STARTED (with {@code executionId} and the node that fired it), CANCELLED or REFUSED
 * (its parameters no longer held when it fired; {@code refusal} names the reason).
 */
public record ScheduledStartView(long id, String jobName, String labelKey, String parameters, LocalDateTime runAt,
                                 String scheduledBy, LocalDateTime scheduledAt, String reason, String status,
                                 Long executionId, String firedOn, LocalDateTime firedAt, String refusal,
                                 String cancelledBy, LocalDateTime cancelledAt, String cancelReason)
        implements Serializable {
    public static final String SCHEDULED = "SCHEDULED";
    public static final String STARTED = "STARTED";
    public static final String CANCELLED = "CANCELLED";
    public static final String REFUSED = "REFUSED";

    public boolean waiting() {
        return SCHEDULED.equals(status);
    }
}
