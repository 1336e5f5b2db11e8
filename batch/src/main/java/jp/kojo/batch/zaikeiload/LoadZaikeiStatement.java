package jp.kojo.batch.zaikeiload;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import jp.kojo.batch.inbox.StagedFile;
import jp.kojo.batch.requestload.RequestLoadParameters;
import jp.kojo.batch.zaikeiload.ZaikeiStatementStore.Stored;

/** Step {@code load}: stores the staged copy that was validated, in one transaction (exit LOADED); any failure stores nothing. */
@Named("loadZaikeiStatement")
@Dependent
public class LoadZaikeiStatement extends AbstractBatchlet {
    public static final String LOADED = "LOADED";
    private static final Logger LOG = Logger.getLogger(LoadZaikeiStatement.class.getName());

    @Inject
    JobContext jobContext;

    @Inject
    ZaikeiStatementLedger ledger;

    @Override
    public String process() {
        RequestLoadParameters params = RequestLoadParameters.of(jobContext);
        String fileName = params.fileName();
        StagedFile staged = StagedFile.required(jobContext.getInstanceId());
        Stored stored = ledger.load(staged.path(), params, staged.sha256(), jobContext.getExecutionId());
        staged.discard();
        LOG.info(() -> fileName + ": loaded " + stored.lines() + " lines, zaikei_file " + stored.fileId()
                + ", " + stored.statementsRemoved() + " old statements removed");
        return LOADED;
    }
}
