package jp.kojo.batch.admin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import javax.sql.DataSource;

/**
 * This server as a batch node: its name, its heartbeat in {@code batch_node} and the executions it starts in
 * {@code batch_execution_node}, so that any node can tell an execution whose node died (see
 * {@link ExecutionProgress#crashed}). On a single server this is one node.
 */
@Singleton
@PermitAll
public class BatchNodes {
    @Resource(lookup = "java:jboss/datasources/KojoDS")
    DataSource dataSource;

    /** The node's name: WildFly's {@code jboss.node.name} (the host name unless set; node1, node2 in ./kojo cluster). */
    public static String thisNode() {
        return System.getProperty("jboss.node.name", "standalone");
    }

    /**
     * Every 10 seconds on every node (not persistent: each node beats for itself). The time is the database's:
     * the one clock all nodes share, and not Kojo's business clock, which tests and demos move.
     */
    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    public void beat() {
        Timestamp started = Timestamp.from(JobRepositoryTables.serverStarted());
        try (Connection c = dataSource.getConnection()) {
            int updated;
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE batch_node SET started_at = ?, seen_at = CURRENT_TIMESTAMP WHERE node_name = ?")) {
                ps.setTimestamp(1, started);
                ps.setString(2, thisNode());
                updated = ps.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO batch_node (node_name, started_at, seen_at) VALUES (?, ?, CURRENT_TIMESTAMP)")) {
                    ps.setString(1, thisNode());
                    ps.setTimestamp(2, started);
                    ps.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** This node runs the execution it just started or restarted. */
    public long runsHere(long executionId) {
        beat();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO batch_execution_node (execution_id, node_name, node_started_at) VALUES (?, ?, ?)")) {
            ps.setLong(1, executionId);
            ps.setString(2, thisNode());
            ps.setTimestamp(3, Timestamp.from(JobRepositoryTables.serverStarted()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return executionId;
    }
}
