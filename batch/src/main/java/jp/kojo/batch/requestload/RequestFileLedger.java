package jp.kojo.batch.requestload;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.SQLException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import jp.kojo.batch.requestload.InterchangeFileStore.Completion;
import jp.kojo.batch.requestload.InterchangeFileStore.StoredFile;

/**
 * The job's writes to interchange_file and deduction_cycle, one container transaction per call: a batchlet
 * runs outside any transaction, and the cycle and the file row must be created together.
 */
@Stateless
@PermitAll
public class RequestFileLedger {
    @Resource(lookup = "java:jboss/datasources/KojoDS")
    DataSource dataSource;

    @Inject
    Clock clock;

    public Optional<StoredFile> findBySha(String sha256) {
        try (Connection c = dataSource.getConnection()) {
            return InterchangeFileStore.findBySha(c, sha256);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long register(String fileName, String sha256, RequestHeader header, long recordCount, long amountTotal,
                         long executionId) {
        try (Connection c = dataSource.getConnection()) {
            return InterchangeFileStore.register(c, fileName, sha256, header, recordCount, amountTotal, executionId,
                    LocalDateTime.now(clock));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Completion complete(long fileId, long executionId) {
        try (Connection c = dataSource.getConnection()) {
            return InterchangeFileStore.complete(c, fileId, executionId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** See {@link InterchangeFileStore#releaseLoading}; one transaction. */
    public List<String> releaseLoading(List<Long> executionIds) {
        try (Connection c = dataSource.getConnection()) {
            return InterchangeFileStore.releaseLoading(c, executionIds);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
