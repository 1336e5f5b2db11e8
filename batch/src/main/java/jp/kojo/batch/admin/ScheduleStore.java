package jp.kojo.batch.admin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kojo.batch.boundary.JobDefinition;
import jp.kojo.batch.boundary.ScheduledStartView;

/**
 * The table {@code batch_schedule}: what every node lists, and the claim that lets one start happen. Each change of
 * status is one conditional UPDATE on the row's current status, so of two nodes (or a cancel and a timer) racing for
 * a row exactly one gets it.
 */
public final class ScheduleStore {
    private static final String COLUMNS = "id, job_name, parameters, run_at, scheduled_by, scheduled_at, reason, status,"
            + " execution_id, fired_on, fired_at, refusal, cancelled_by, cancelled_at, cancel_reason";

    private ScheduleStore() {
    }

    /** A new row, SCHEDULED; answers its id. */
    public static long insert(Connection c, String jobName, String parameters, LocalDateTime runAt, String by,
                              LocalDateTime now, String reason) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO batch_schedule (job_name, parameters, run_at,"
                + " scheduled_by, scheduled_at, reason, status) VALUES (?, ?, ?, ?, ?, ?, 'SCHEDULED')", new String[] {"id"})) {
            ps.setString(1, jobName);
            ps.setString(2, parameters);
            ps.setTimestamp(3, Timestamp.valueOf(runAt));
            ps.setString(4, by);
            ps.setTimestamp(5, Timestamp.valueOf(now));
            ps.setString(6, reason);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** SCHEDULED to STARTED by this node, in one statement: true only for the one caller that got the row. */
    public static boolean claim(Connection c, long id, String node, LocalDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE batch_schedule SET status = 'STARTED', fired_on = ?,"
                + " fired_at = ? WHERE id = ? AND status = 'SCHEDULED'")) {
            ps.setString(1, node);
            ps.setTimestamp(2, Timestamp.valueOf(now));
            ps.setLong(3, id);
            return ps.executeUpdate() == 1;
        }
    }

    /** The execution the claimed start began. */
    public static void started(Connection c, long id, long executionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE batch_schedule SET execution_id = ? WHERE id = ?")) {
            ps.setLong(1, executionId);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    /** The claimed start could not begin: its parameters no longer held ({@code refusal}, a reason's name). */
    public static void refused(Connection c, long id, String refusal) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE batch_schedule SET status = 'REFUSED', refusal = ?"
                + " WHERE id = ? AND status = 'STARTED'")) {
            ps.setString(1, refusal);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    /** SCHEDULED to CANCELLED, in one statement: false when it had started, was cancelled or does not exist. */
    public static boolean cancel(Connection c, long id, String by, LocalDateTime now, String reason) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE batch_schedule SET status = 'CANCELLED', cancelled_by = ?,"
                + " cancelled_at = ?, cancel_reason = ? WHERE id = ? AND status = 'SCHEDULED'")) {
            ps.setString(1, by);
            ps.setTimestamp(2, Timestamp.valueOf(now));
            ps.setString(3, reason);
            ps.setLong(4, id);
            return ps.executeUpdate() == 1;
        }
    }

    /** The newest first by time to start (the waiting ones, then what happened lately). */
    public static List<ScheduledStartView> recent(Connection c, int max) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM batch_schedule"
                + " ORDER BY CASE WHEN status = 'SCHEDULED' THEN 0 ELSE 1 END, run_at DESC, id DESC")) {
            ps.setMaxRows(max);
            List<ScheduledStartView> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && rows.size() < max) {
                    rows.add(view(rs));
                }
            }
            return rows;
        }
    }

    public static Optional<ScheduledStartView> one(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM batch_schedule WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(view(rs)) : Optional.empty();
            }
        }
    }

    private static ScheduledStartView view(ResultSet rs) throws SQLException {
        long execution = rs.getLong("execution_id");
        Long executionId = rs.wasNull() ? null : execution;
        String jobName = rs.getString("job_name");
        return new ScheduledStartView(rs.getLong("id"), jobName, JobDefinition.labelKeyOf(jobName),
                rs.getString("parameters"), time(rs, "run_at"), rs.getString("scheduled_by"), time(rs, "scheduled_at"),
                rs.getString("reason"), rs.getString("status"), executionId, rs.getString("fired_on"),
                time(rs, "fired_at"), rs.getString("refusal"), rs.getString("cancelled_by"), time(rs, "cancelled_at"),
                rs.getString("cancel_reason"));
    }

    private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }
}
