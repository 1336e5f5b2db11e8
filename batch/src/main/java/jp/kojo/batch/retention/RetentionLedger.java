package jp.kojo.batch.retention;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;

/** The purge's database work, one container transaction per call: one batch of lines, or one cycle's rest. */
@Stateless
@PermitAll
public class RetentionLedger {
    @Resource(lookup = "java:jboss/datasources/KojoDS")
    DataSource dataSource;

    public List<Long> cyclesBefore(YearMonth cutoff) {
        try (Connection c = dataSource.getConnection()) {
            return RetentionStore.cyclesBefore(c, cutoff);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public int deleteLineBatch(long cycleId, int batch) {
        try (Connection c = dataSource.getConnection()) {
            return RetentionStore.deleteLineBatch(c, cycleId, batch);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void deleteCycle(long cycleId) {
        try (Connection c = dataSource.getConnection()) {
            RetentionStore.deleteCycle(c, cycleId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public int deleteZaikeiBefore(YearMonth cutoff) {
        try (Connection c = dataSource.getConnection()) {
            return RetentionStore.deleteZaikeiBefore(c, cutoff);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
