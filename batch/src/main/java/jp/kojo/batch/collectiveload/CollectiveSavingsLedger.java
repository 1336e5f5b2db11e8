package jp.kojo.batch.collectiveload;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import javax.sql.DataSource;
import jp.kojo.batch.collectiveload.CollectiveSavingsStore.Stored;
import jp.kojo.batch.collectiveload.CollectiveSavingsStore.StoredFile;
import jp.kojo.batch.requestload.RequestLoadParameters;
import jp.kojo.batch.requestload.Sha256;

/**
 * The load job's database work, one container transaction per call: a batchlet runs outside any transaction,
 * and a breakdown file is stored all or nothing.
 */
@Stateless
@PermitAll
public class CollectiveSavingsLedger {
    @Resource(lookup = "java:jboss/datasources/KojoDS")
    DataSource dataSource;

    @Inject
    Clock clock;

    public Optional<StoredFile> findBySha(String sha256) {
        try (Connection c = dataSource.getConnection()) {
            return CollectiveSavingsStore.findBySha(c, sha256);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Validates the file again inside the transaction (so a run loaded meanwhile by another execution is refused
     * here too, and the unique keys stop a concurrent one) and stores it. The file must still have the content
     * that was validated.
     *
     * @throws IllegalStateException when the file changed or is no longer valid; nothing is stored then
     */
    public Stored load(Path file, RequestLoadParameters params, String validatedSha, long executionId) {
        try (Connection c = dataSource.getConnection()) {
            if (!Sha256.of(file).equals(validatedSha)) {
                throw new IllegalStateException(params.fileName() + " changed after validation");
            }
            CollectiveSavingsValidator.Result result;
            try (CollectiveParser parser = CollectiveParser.open(file, params.format(), params.charset())) {
                result = CollectiveSavingsValidator.validate(parser, CollectiveDirectory.jdbc(c), p -> { });
            }
            if (!result.valid()) {
                throw new IllegalStateException(params.fileName() + " is no longer valid: " + result.problemCount() + " problems");
            }
            try (CollectiveParser parser = CollectiveParser.open(file, params.format(), params.charset())) {
                return CollectiveSavingsStore.store(c, params.fileName(), validatedSha, result, parser, executionId,
                        LocalDateTime.now(clock));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
