package jp.kojo.batch.requestload;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import jp.kojo.batch.inbox.StagedFile;
import jp.kojo.batch.requestload.InterchangeFileStore.Completion;
import jp.kojo.batch.requestload.InterchangeFileStore.StoredFile;

/**
 * Step {@code complete}: moves the lines the load step staged into person and deduction_line (one transaction,
 * only when the staged lines add up to the file's trailer), then marks the file LOADED once the lines in the database add up to its record count and
 * amount total (exit status LOADED); otherwise leaves it LOADING and ends with MISMATCH.
 */
@Named("completeRequestLoad")
@Dependent
public class CompleteRequestLoad extends AbstractBatchlet {
    public static final String LOADED = "LOADED";
    public static final String MISMATCH = "MISMATCH";

    private static final Logger LOG = Logger.getLogger(CompleteRequestLoad.class.getName());

    @Inject
    JobContext jobContext;

    @Inject
    RequestFileLedger ledger;

    @Inject
    StagedLineTransfer transfer;

    @Override
    public String process() throws Exception {
        String fileName = RequestLoadParameters.of(jobContext).fileName();
        StagedFile staged = StagedFile.required(jobContext.getInstanceId());
        StoredFile file = ledger.findBySha(staged.sha256())
                .orElseThrow(() -> new IllegalStateException("No interchange_file for the staged copy of " + fileName));
        if (InterchangeFileStore.LOADED.equals(file.status())) {
            staged.discard();
            return LOADED;
        }
        long moved = transfer.transfer(file);
        LOG.info(() -> fileName + ": " + moved + " staged lines moved into deduction_line");
        Completion completion = ledger.complete(file.id(), jobContext.getExecutionId());
        if (!completion.matches()) {
            LOG.severe(() -> fileName + ": loaded " + completion.actualCount() + " lines totalling "
                    + completion.actualTotal() + ", expected " + completion.expectedCount() + " / "
                    + completion.expectedTotal() + (completion.actualCount() == 0
                    ? "; nothing is staged either (the database restarted after a crash?): abandon this execution"
                    + " and start the load again" : ""));
            return MISMATCH;
        }
        staged.discard();
        return LOADED;
    }
}
