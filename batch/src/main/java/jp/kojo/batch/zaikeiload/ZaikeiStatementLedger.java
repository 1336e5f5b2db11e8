package jp.kojo.batch.zaikeiload;

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
import jp.kojo.batch.requestload.RequestLoadParameters;
import jp.kojo.batch.requestload.Sha256;
import jp.kojo.batch.zaikeiload.ZaikeiStatementStore.Stored;
import jp.kojo.batch.zaikeiload.ZaikeiStatementStore.StoredFile;

/**
 * The load job's database work, one container transaction per call: a batchlet runs outside any transaction,
 * and a statement file is stored all or nothing.
 */
@Stateless
@PermitAll
public class ZaikeiStatementLedger {
    @Resource(lookup = "java:jboss/datasources/KojoDS")
    DataSource dataSource;

    @Inject
    Clock clock;

    public Optional<StoredFile> findBySha(String sha256) {
        try (Connection c = dataSource.getConnection()) {
            return ZaikeiStatementStore.findBySha(c, sha256);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Validates the file again inside the transaction (so a run loaded meanwhile by another execution is refused
     * here too) and stores it. {@code file} is the staged copy; it must still have the content that was validated.
     *
     * @throws IllegalStateException when the file changed or is no longer valid; nothing is stored then
     */
    public Stored load(Path file, RequestLoadParameters params, String validatedSha, long executionId) {
        try (Connection c = dataSource.getConnection()) {
            if (!Sha256.of(file).equals(validatedSha)) {
                throw new IllegalStateException(params.fileName() + " changed after validation");
            }
            ZaikeiStatementValidator.Result result;
            try (ZaikeiParser parser = ZaikeiParser.open(file, params.format(), params.charset())) {
                result = ZaikeiStatementValidator.validate(parser, ZaikeiDirectory.jdbc(c), p -> { });
            }
            if (!result.valid()) {
                throw new IllegalStateException(params.fileName() + " is no longer valid: " + result.problemCount() + " problems");
            }
            try (ZaikeiParser parser = ZaikeiParser.open(file, params.format(), params.charset())) {
                return ZaikeiStatementStore.store(c, params.fileName(), validatedSha, result, parser, executionId,
                        LocalDateTime.now(clock));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
