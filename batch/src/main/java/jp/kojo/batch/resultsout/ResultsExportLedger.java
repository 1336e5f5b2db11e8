package jp.kojo.batch.resultsout;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javax.sql.DataSource;
import jp.kojo.batch.resultsout.ResultsExportStore.Reservation;

/** The job's reads and writes of results_export, one container transaction per call (batchlets have none). */
@Stateless
@PermitAll
public class ResultsExportLedger {
    @Resource(lookup = "java:jboss/datasources/KojoDS")
    DataSource dataSource;

    @Inject
    Clock clock;

    /** The file an instance writes: {@code results-YYYYMMDD-<instance>.dat}, the same on every restart. */
    static String fileName(LocalDate createdOn, long instanceId) {
        return "results-" + DateTimeFormatter.BASIC_ISO_DATE.format(createdOn) + "-" + String.format("%08d", instanceId)
                + ".dat";
    }

    /** Reserves the sendings to export for this instance; answers how many. */
    public int reserve(ResultsOutParameters params, long instanceId, long executionId) {
        LocalDateTime now = LocalDateTime.now(clock);
        try (Connection c = dataSource.getConnection()) {
            Reservation earlier = ResultsExportStore.reservation(c, instanceId);
            LocalDate createdOn = earlier.groups().isEmpty() ? now.toLocalDate() : earlier.groups().get(0).createdOn();
            return ResultsExportStore.reserve(c, params, fileName(createdOn, instanceId), createdOn, now, instanceId,
                    executionId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** This instance's reservation after dropping the sendings reopened since. */
    public Reservation current(long instanceId) {
        try (Connection c = dataSource.getConnection()) {
            ResultsExportStore.dropStale(c, instanceId);
            return ResultsExportStore.reservation(c, instanceId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The results file of a job instance, once it reserved something. */
    public Optional<String> fileOf(long instanceId) {
        try (Connection c = dataSource.getConnection()) {
            return ResultsExportStore.fileOf(c, instanceId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public int markExported(long instanceId, String sha256, long executionId) {
        try (Connection c = dataSource.getConnection()) {
            return ResultsExportStore.markExported(c, instanceId, sha256, LocalDateTime.now(clock), executionId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
