package jp.kojo.batch.retention;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.logging.Logger;
import jp.kojo.batch.inbox.StagedFile;
import jp.kojo.platform.KojoHome;

/**
 * Step {@code purge} of {@code retention-purge}: deletes the deduction cycles of months before the cutoff, their
 * lines (in batches of {@value #BATCH}, each its own transaction) with the lines' change history and everything
 * else that refers to them; savings deposit statements and statements before it; and rejection reports and
 * staging folders last changed before it. Exit PURGED, or NOTHING_TO_PURGE. Stopped or failed half-way, a restart
 * finishes the work (every delete is idempotent).
 */
@Named("purgeRetention")
@Dependent
public class PurgeRetention extends AbstractBatchlet {
    public static final String PURGED = "PURGED";
    public static final String NOTHING_TO_PURGE = "NOTHING_TO_PURGE";
    static final int BATCH = 1000;
    private static final Logger LOG = Logger.getLogger(PurgeRetention.class.getName());

    @Inject
    JobContext jobContext;

    @Inject
    RetentionLedger ledger;

    @Inject
    Clock clock;

    private volatile boolean stopRequested;

    @Override
    public String process() {
        YearMonth cutoff = RetentionParameters.of(jobContext).cutoff(YearMonth.now(clock));
        List<Long> cycles = ledger.cyclesBefore(cutoff);
        long lines = 0;
        int cyclesDeleted = 0;
        for (long cycle : cycles) {
            int n;
            while ((n = ledger.deleteLineBatch(cycle, BATCH)) > 0) {
                lines += n;
                if (stopRequested) {
                    long done = lines;
                    LOG.info(() -> "retention-purge stopped: " + done + " lines deleted so far");
                    return "STOPPED";
                }
            }
            ledger.deleteCycle(cycle);
            cyclesDeleted++;
        }
        int zaikei = ledger.deleteZaikeiBefore(cutoff);
        int files = InterchangeFilePurge.deleteBefore(KojoHome.reports(), StagedFile.root(),
                cutoff.atDay(1).atStartOfDay(clock.getZone()).toInstant());
        long linesDeleted = lines;
        int cyclesDone = cyclesDeleted;
        LOG.info(() -> "retention-purge before " + cutoff + ": " + cyclesDone + " cycles, " + linesDeleted + " lines, "
                + zaikei + " savings statements and deposits, " + files + " reports and staging folders deleted");
        return cyclesDeleted + zaikei + files == 0 ? NOTHING_TO_PURGE : PURGED;
    }

    @Override
    public void stop() {
        stopRequested = true;
    }
}
