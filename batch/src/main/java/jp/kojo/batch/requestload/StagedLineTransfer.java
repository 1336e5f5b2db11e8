package jp.kojo.batch.requestload;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.kojo.batch.requestload.InterchangeFileStore.StoredFile;

/**
 * The complete step's move of a file's staged lines into person and deduction_line ({@link RequestLineStaging}),
 * in one transaction of its own with a timeout fit for a large file: the server's default (300 s) is meant for
 * requests, and a million lines on a busy machine can take longer. A timeout or crash rolls the move back whole.
 * After the commit the moved-into tables get fresh planner statistics ({@link RequestLineStaging#refreshStatistics}).
 */
@Stateless
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class StagedLineTransfer {
    static final int TIMEOUT_SECONDS = 3600;
    private static final Logger LOG = Logger.getLogger(StagedLineTransfer.class.getName());

    @Resource(lookup = "java:jboss/datasources/KojoDS")
    DataSource dataSource;

    @Resource
    UserTransaction transaction;

    /**
     * Moves nothing unless the staged rows add up to the file's record count and amount total, so an incomplete
     * file never shows; once the move committed nothing is staged, so a second call moves nothing.
     *
     * @return the number of lines moved
     */
    public long transfer(StoredFile file) throws Exception {
        transaction.setTransactionTimeout(TIMEOUT_SECONDS);
        transaction.begin();
        try {
            long moved;
            try (Connection c = dataSource.getConnection()) {
                RequestLineStaging.Staged staged = RequestLineStaging.staged(c, file.id());
                moved = staged.count() == 0 || staged.count() != file.recordCount()
                        || staged.total() != file.amountTotal()
                        ? 0 : RequestLineStaging.transfer(c, file.id(), file.cycleId());
            }
            transaction.commit();
            if (moved > 0) {
                refreshStatistics(file);
            }
            return moved;
        } catch (Exception | Error e) {
            try {
                transaction.rollback();
            } catch (Exception rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        }
    }

    /** The move has committed: statistics that cannot be refreshed now are autovacuum's to refresh, not a failure. */
    private void refreshStatistics(StoredFile file) {
        try (Connection c = dataSource.getConnection()) {
            RequestLineStaging.refreshStatistics(c);
        } catch (SQLException e) {
            LOG.warning(() -> "file " + file.id() + ": statistics not refreshed after the move: " + e.getMessage());
        }
    }
}
