package jp.kojo.batch.collectiveload;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import jp.kojo.batch.collectiveload.CollectiveSavingsStore.Stored;
import jp.kojo.batch.inbox.StagedFile;
import jp.kojo.batch.requestload.RequestLoadParameters;

/** Step {@code load}: stores the validated file in one transaction (exit LOADED); any failure stores nothing. */
@Named("loadCollectiveSavings")
@Dependent
public class LoadCollectiveSavings extends AbstractBatchlet {
    public static final String LOADED = "LOADED";
    private static final Logger LOG = Logger.getLogger(LoadCollectiveSavings.class.getName());

    @Inject
    JobContext jobContext;

    @Inject
    CollectiveSavingsLedger ledger;

    @Override
    public String process() {
        RequestLoadParameters params = RequestLoadParameters.of(jobContext);
        StagedFile staged = StagedFile.required(jobContext.getInstanceId());
        Stored stored = ledger.load(staged.path(), params, staged.sha256(), jobContext.getExecutionId());
        staged.discard();
        LOG.info(() -> params.fileName() + ": loaded " + stored.lines() + " lines, collective_savings_file "
                + stored.fileId() + ", " + stored.statementsRemoved() + " old statements removed");
        return LOADED;
    }
}
