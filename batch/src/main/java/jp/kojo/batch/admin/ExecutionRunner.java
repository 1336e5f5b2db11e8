package jp.kojo.batch.admin;

import java.time.Duration;
import java.time.Instant;

/**
 * The node that started a job execution ({@code batch_execution_node}) and what {@code batch_node} says of that node
 * now. {@code startedAt}: the node's JVM start when it began the execution; {@code nodeStartedNow} and
 * {@code nodeSeenAt}: the node's current JVM start and last heartbeat (null when the node has no row);
 * {@code databaseNow}: the database's clock, which the heartbeats use.
 */
public record ExecutionRunner(String node, Instant startedAt, Instant nodeStartedNow, Instant nodeSeenAt,
                              Instant databaseNow) {
    /**
     * A node beats every 10 seconds ({@link BatchNodes}); silent for this long (a JVM gone, not one slow beat), it
     * is taken for dead.
     */
    public static final Duration SILENCE = Duration.ofSeconds(45);

    /** The node that began the execution is no longer there: it restarted since, or stopped beating. */
    public boolean gone() {
        if (nodeStartedNow == null || nodeSeenAt == null || databaseNow == null) {
            return true;
        }
        return !nodeStartedNow.equals(startedAt) || Duration.between(nodeSeenAt, databaseNow).compareTo(SILENCE) > 0;
    }
}
