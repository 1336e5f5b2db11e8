package jp.kojo.batch.admin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.NoSuchObjectLocalException;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.kojo.batch.boundary.InvalidJobRequestException;

/**
 * The timers of scheduled starts: one persistent single-action timer per schedule, kept by the timer service's
 * store (a file on the single server, Kojo's database in the cluster). When it fires, this node claims the schedule's
 * row and starts the job only if it got it, so a start happens once even if two nodes fired the same timer.
 */
@Stateless
@PermitAll
public class ScheduledStarts {
    private static final Logger LOG = Logger.getLogger(ScheduledStarts.class.getName());

    @Resource
    TimerService timers;

    @Resource(lookup = "java:jboss/datasources/KojoDS")
    DataSource dataSource;

    @Inject
    JobStarter starter;

    @Inject
    Clock clock;

    /** The timer, in the caller's transaction: it exists once the schedule's row and audit record commit. */
    public void create(ScheduledStart start, Duration delay) {
        timers.createSingleActionTimer(Math.max(1, delay.toMillis()), new TimerConfig(start, true));
    }

    /** Cancels the schedule's timer where this node's timer service has it (the row's status already stops the start). */
    public void cancel(long scheduleId) {
        for (Timer timer : timers.getTimers()) {
            try {
                if (timer.getInfo() instanceof ScheduledStart start && start.scheduleId() == scheduleId) {
                    timer.cancel();
                }
            } catch (NoSuchObjectLocalException e) {
                // fired or cancelled meanwhile
            }
        }
    }

    /** No transaction: the claim commits at once (another node sees it), and the job repository sees the start. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void fire(Timer timer) {
        if (!(timer.getInfo() instanceof ScheduledStart start)) {
            return;
        }
        String node = BatchNodes.thisNode();
        try (Connection c = dataSource.getConnection()) {
            if (!ScheduleStore.claim(c, start.scheduleId(), node, LocalDateTime.now(clock))) {
                LOG.info(() -> "Scheduled start " + start.scheduleId() + " not started on " + node
                        + ": cancelled, or started already");
                return;
            }
            try {
                long execution = starter.start(start.jobName(), start.request());
                ScheduleStore.started(c, start.scheduleId(), execution);
                LOG.info(() -> "Scheduled start " + start.scheduleId() + " of " + start.jobName() + " (by "
                        + start.scheduledBy() + ") started execution " + execution + " on " + node);
            } catch (InvalidJobRequestException e) {
                ScheduleStore.refused(c, start.scheduleId(), e.reason().name());
                LOG.warning(() -> "Scheduled start " + start.scheduleId() + " refused on " + node + ": " + e.getMessage());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
