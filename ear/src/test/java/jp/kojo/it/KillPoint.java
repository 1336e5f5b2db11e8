package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/**
 * Where an execution of a {@link KillableServer} is to be killed. Once {@code holdWhen} holds, the test updates a row
 * that the step is about to update, without committing (as a slow statement of another session would hold it), so
 * that the step waits there instead of moving on; {@code reachedWhen} then says the execution has arrived. Closing
 * lets go of the row (on H2 the session lived in the server, so after a kill there is nothing left to let go of).
 */
final class KillPoint implements AutoCloseable {
    private static final long POLL_MILLIS = 10;
    private static final long TIMEOUT_SECONDS = 180;

    /** A condition read from the database or the file system. */
    interface Condition {
        boolean holds() throws Exception;
    }

    private final KillableServer server;
    private final Condition holdWhen;
    private final String update;
    private final Object parameter;
    private final Condition reachedWhen;
    private Connection held;

    /** @param update an UPDATE of exactly one row with one parameter */
    KillPoint(KillableServer server, Condition holdWhen, String update, Object parameter, Condition reachedWhen) {
        this.server = server;
        this.holdWhen = holdWhen;
        this.update = update;
        this.parameter = parameter;
        this.reachedWhen = reachedWhen;
    }

    /** Takes the row once the execution is near enough; true once the execution is at the point. */
    boolean reached() throws Exception {
        return holding() && reachedWhen.holds();
    }

    /** Takes the row once the execution is near enough; true once the row is taken. */
    boolean holding() throws Exception {
        if (held == null && holdWhen.holds()) {
            held = hold();
        }
        return held != null;
    }

    private Connection hold() throws SQLException {
        Connection connection = server.database();
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement ps = connection.prepareStatement(update)) {
                ps.setObject(1, parameter);
                assertEquals(1, ps.executeUpdate(), update);
            }
            return connection;
        } catch (SQLException | RuntimeException | Error e) {
            letGo(connection);
            throw e;
        }
    }

    @Override
    public void close() {
        if (held != null) {
            letGo(held);
            held = null;
        }
    }

    private static void letGo(Connection connection) {
        try (connection) {
            connection.rollback();
        } catch (SQLException e) {
            // on H2 the session lived in the killed server: nothing is left to roll back
        }
    }

    /** Polls until the condition holds (bounded): the tests find kill points by state, never by sleeping a while. */
    static void awaitThat(String what, Condition condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("never saw: " + what);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }
}
