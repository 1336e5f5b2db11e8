package jp.kojo.batch.resultsout;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

/**
 * Step {@code select}: reserves, for this job instance, the sent organisation cycles not exported yet (exit
 * status SELECTED), or ends the job with NOTHING_TO_EXPORT.
 */
@Named("selectSentCycles")
@Dependent
public class SelectSentCycles extends AbstractBatchlet {
    public static final String SELECTED = "SELECTED";
    public static final String NOTHING_TO_EXPORT = "NOTHING_TO_EXPORT";

    private static final Logger LOG = Logger.getLogger(SelectSentCycles.class.getName());

    @Inject
    JobContext jobContext;

    @Inject
    ResultsExportLedger ledger;

    @Override
    public String process() {
        ResultsOutParameters params = ResultsOutParameters.of(jobContext);
        int reserved = ledger.reserve(params, jobContext.getInstanceId(), jobContext.getExecutionId());
        LOG.info(() -> "deduction-results-out " + jobContext.getExecutionId() + ": " + reserved + " sendings to export");
        return reserved == 0 ? NOTHING_TO_EXPORT : SELECTED;
    }
}
