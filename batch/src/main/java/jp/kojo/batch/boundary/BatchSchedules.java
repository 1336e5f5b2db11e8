package jp.kojo.batch.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import jp.kojo.audit.control.AuditTarget;
import jp.kojo.audit.control.AuditTrail;
import jp.kojo.audit.entity.AuditAction;
import jp.kojo.batch.admin.JobStarter;
import jp.kojo.batch.admin.ScheduleRules;
import jp.kojo.batch.admin.ScheduleStore;
import jp.kojo.batch.admin.ScheduledStart;
import jp.kojo.batch.admin.ScheduledStarts;
import jp.kojo.batch.boundary.InvalidJobRequestException.Reason;
import jp.kojo.platform.Roles;

/**
 * 予約実行: the batch administrator schedules a listed job's start for a later time (Tokyo, by Kojo's clock) and
 * cancels one that has not started. Each is a bank act in the audit log (who, when, why), in the same transaction
 * as the schedule's row and its persistent timer.
 */
@Stateless
@RolesAllowed(Roles.BATCH_ADMIN)
public class BatchSchedules {
    @Resource(lookup = "java:jboss/datasources/KojoDS")
    DataSource dataSource;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @Inject
    JobStarter starter;

    @Inject
    AuditTrail audit;

    @EJB
    ScheduledStarts timers;

    /**
     * Schedules a start; returns the schedule's id. The job and its parameters are checked now as a start would
     * check them (a file must already be in the inbox), and again when it fires.
     */
    public long schedule(String jobName, JobStartRequest request, String at, String reason) {
        starter.parameters(jobName, request);
        JobStartRequest kept = ScheduleRules.relevant(JobDefinition.named(jobName).orElseThrow().parameters(), request);
        LocalDateTime when = ScheduleRules.parse(at);
        Duration delay = ScheduleRules.delay(when, clock);
        String why = ScheduleRules.reason(reason, jobName);
        String by = context.getCallerPrincipal().getName();
        String parameters = ScheduleRules.describe(kept);
        long id;
        try (Connection c = dataSource.getConnection()) {
            id = ScheduleStore.insert(c, jobName, parameters, when, by, LocalDateTime.now(clock), why);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        timers.create(new ScheduledStart(id, jobName, kept, by), delay);
        audit.record(AuditAction.BATCH_START_SCHEDULED, AuditTarget.NONE, why, "schedule " + id,
                jobName + " " + parameters + " at " + when);
        return id;
    }

    /** Cancels a start that has not begun; refused (NOT_SCHEDULED) once it has started or was cancelled. */
    public void cancel(long scheduleId, String reason) {
        String why = ScheduleRules.reason(reason, scheduleId);
        ScheduledStartView schedule;
        try (Connection c = dataSource.getConnection()) {
            if (!ScheduleStore.cancel(c, scheduleId, context.getCallerPrincipal().getName(), LocalDateTime.now(clock), why)) {
                throw new InvalidJobRequestException(Reason.NOT_SCHEDULED, scheduleId, null);
            }
            schedule = ScheduleStore.one(c, scheduleId).orElseThrow();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        timers.cancel(scheduleId);
        audit.record(AuditAction.BATCH_START_CANCELLED, AuditTarget.NONE, why, "schedule " + scheduleId,
                schedule.jobName() + " " + schedule.parameters() + " at " + schedule.runAt());
    }

    /** The waiting starts first, then the newest by time to start. */
    public List<ScheduledStartView> recent(int max) {
        if (max <= 0) {
            return List.of();
        }
        try (Connection c = dataSource.getConnection()) {
            return ScheduleStore.recent(c, max);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<ScheduledStartView> one(long scheduleId) {
        try (Connection c = dataSource.getConnection()) {
            return ScheduleStore.one(c, scheduleId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
