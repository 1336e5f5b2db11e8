package jp.kojo.batch.admin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * JBeret's JDBC job repository (tables {@code JOB_INSTANCE}, {@code JOB_EXECUTION}, {@code STEP_EXECUTION} in
 * KojoDS, created by JBeret itself), read directly: one query for the list instead of a JobOperator call per
 * instance and execution, and the stored state rather than JBeret's in-memory copy of executions it ran. This is
 * also the one place that writes to those tables: {@link #markFailed} ends an execution that a crash left
 * STARTED, which the JobOperator cannot do (it abandons only executions that are not running).
 */
@Stateless
@PermitAll
public class JobRepositoryTables {
    public static final String CRASHED_EXIT_STATUS = "CRASHED";
    /** The chunk step whose counts the screen shows. */
    public static final String LOAD_STEP = "load";

    /**
     * One row of JOB_EXECUTION with its job name, parameters, the counts of its load step and the node that runs it
     * (null when no node recorded it: started before nodes were recorded, or not through {@code BatchJobs}).
     */
    public record ExecutionRow(long executionId, long instanceId, String jobName, Properties parameters,
                               BatchStatus batchStatus, String exitStatus, Instant created, Instant started,
                               Instant ended, StepCounts load, ExecutionRunner runner) {
    }

    public record StepCounts(long read, long written, long skipped) {
        static final StepCounts NONE = new StepCounts(0, 0, 0);
    }

    @Resource(lookup = "java:jboss/datasources/KojoDS")
    DataSource dataSource;

    @Inject
    Clock clock;

    /** When this server (JVM) started; executions created before it cannot be running here. */
    public static Instant serverStarted() {
        return Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    private static final String SELECT_EXECUTIONS = "SELECT e.JOBEXECUTIONID, e.JOBINSTANCEID, i.JOBNAME,"
            + " e.JOBPARAMETERS, e.BATCHSTATUS, e.EXITSTATUS, e.CREATETIME, e.STARTTIME, e.ENDTIME,"
            + " r.node_name, r.node_started_at, n.started_at, n.seen_at, CAST(CURRENT_TIMESTAMP AS TIMESTAMP)"
            + " FROM JOB_EXECUTION e JOIN JOB_INSTANCE i ON i.JOBINSTANCEID = e.JOBINSTANCEID"
            + " LEFT JOIN batch_execution_node r ON r.execution_id = e.JOBEXECUTIONID"
            + " LEFT JOIN batch_node n ON n.node_name = r.node_name";

    /** The newest executions, newest first. */
    public List<ExecutionRow> recent(int max) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(SELECT_EXECUTIONS + " ORDER BY e.JOBEXECUTIONID DESC")) {
            ps.setMaxRows(max);
            return withCounts(c, rows(ps));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One execution. */
    public Optional<ExecutionRow> find(long executionId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(SELECT_EXECUTIONS + " WHERE e.JOBEXECUTIONID = ?")) {
            ps.setLong(1, executionId);
            return withCounts(c, rows(ps)).stream().findFirst();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<ExecutionRow> rows(PreparedStatement ps) throws SQLException {
        List<ExecutionRow> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String node = rs.getString(10);
                ExecutionRunner runner = node == null ? null : new ExecutionRunner(node, instant(rs.getTimestamp(11)),
                        instant(rs.getTimestamp(12)), instant(rs.getTimestamp(13)), instant(rs.getTimestamp(14)));
                rows.add(new ExecutionRow(rs.getLong(1), rs.getLong(2), rs.getString(3), parameters(rs.getString(4)),
                        status(rs.getString(5)), rs.getString(6), instant(rs.getTimestamp(7)),
                        instant(rs.getTimestamp(8)), instant(rs.getTimestamp(9)), StepCounts.NONE, runner));
            }
        }
        return rows;
    }

    /** Adds the load step's counts (ids descending). */
    private static List<ExecutionRow> withCounts(Connection c, List<ExecutionRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, StepCounts> counts = loadCounts(c, rows.get(rows.size() - 1).executionId(), rows.get(0).executionId());
        return rows.stream().map(r -> new ExecutionRow(r.executionId(), r.instanceId(), r.jobName(), r.parameters(),
                r.batchStatus(), r.exitStatus(), r.created(), r.started(), r.ended(),
                counts.getOrDefault(r.executionId(), StepCounts.NONE), r.runner())).toList();
    }

    private static Map<Long, StepCounts> loadCounts(Connection c, long fromExecution, long toExecution) throws SQLException {
        Map<Long, StepCounts> counts = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT JOBEXECUTIONID, READCOUNT, WRITECOUNT, READSKIPCOUNT, PROCESSSKIPCOUNT, WRITESKIPCOUNT"
                        + " FROM STEP_EXECUTION WHERE STEPNAME = ? AND JOBEXECUTIONID BETWEEN ? AND ?")) {
            ps.setString(1, LOAD_STEP);
            ps.setLong(2, fromExecution);
            ps.setLong(3, toExecution);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.merge(rs.getLong(1), new StepCounts(rs.getLong(2), rs.getLong(3),
                            rs.getLong(4) + rs.getLong(5) + rs.getLong(6)),
                            (a, b) -> new StepCounts(a.read() + b.read(), a.written() + b.written(), a.skipped() + b.skipped()));
                }
            }
        }
        return counts;
    }

    /**
     * Records the load step has committed (written, filtered or skipped) in all executions of the instance up to and
     * including this one: what a restart will not read again. (The read count also holds a chunk rolled back.)
     */
    public long recordsDone(long instanceId, long upToExecution) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT COALESCE(SUM(COALESCE(s.WRITECOUNT, 0) + COALESCE(s.FILTERCOUNT, 0)"
                             + " + COALESCE(s.READSKIPCOUNT, 0) + COALESCE(s.PROCESSSKIPCOUNT, 0)"
                             + " + COALESCE(s.WRITESKIPCOUNT, 0)), 0) FROM STEP_EXECUTION s"
                             + " JOIN JOB_EXECUTION e ON e.JOBEXECUTIONID = s.JOBEXECUTIONID"
                             + " WHERE e.JOBINSTANCEID = ? AND e.JOBEXECUTIONID <= ? AND s.STEPNAME = ?")) {
            ps.setLong(1, instanceId);
            ps.setLong(2, upToExecution);
            ps.setString(3, LOAD_STEP);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Ends an execution that a crash left running, and its steps, as FAILED with exit status CRASHED, so that
     * the JobOperator restarts it from its last checkpoint. The caller has found it crashed
     * ({@link ExecutionProgress#crashed}); the statement changes it only while it is still STARTING, STARTED or
     * STOPPING, so of two administrators marking it at once one does.
     *
     * @return false when the execution is no longer running in the repository
     */
    public boolean markFailed(long executionId) {
        Timestamp now = Timestamp.from(clock.instant());
        try (Connection c = dataSource.getConnection()) {
            int changed;
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE JOB_EXECUTION SET BATCHSTATUS = 'FAILED', EXITSTATUS = ?, ENDTIME = ?, LASTUPDATEDTIME = ?"
                            + " WHERE JOBEXECUTIONID = ? AND BATCHSTATUS IN ('STARTING', 'STARTED', 'STOPPING')")) {
                ps.setString(1, CRASHED_EXIT_STATUS);
                ps.setTimestamp(2, now);
                ps.setTimestamp(3, now);
                ps.setLong(4, executionId);
                changed = ps.executeUpdate();
            }
            if (changed == 0) {
                return false;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE STEP_EXECUTION SET BATCHSTATUS = 'FAILED', EXITSTATUS = ?, ENDTIME = ?"
                            + " WHERE JOBEXECUTIONID = ? AND BATCHSTATUS IN ('STARTING', 'STARTED', 'STOPPING')")) {
                ps.setString(1, CRASHED_EXIT_STATUS);
                ps.setTimestamp(2, now);
                ps.setLong(3, executionId);
                ps.executeUpdate();
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JBeret stores job parameters as {@code key = value} lines (its BatchUtil.propertiesToString). */
    static Properties parameters(String stored) {
        Properties p = new Properties();
        if (stored != null) {
            for (String line : stored.split("\\R")) {
                int eq = line.indexOf(" = ");
                if (eq > 0) {
                    p.setProperty(line.substring(0, eq), line.substring(eq + 3));
                }
            }
        }
        return p;
    }

    private static BatchStatus status(String stored) {
        return stored == null ? BatchStatus.STARTING : BatchStatus.valueOf(stored);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
