package jp.kojo.batch.zaikeiout;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.logging.Logger;
import jp.kojo.platform.KojoHome;

/** The only step of {@code zaikei-deposit-out}: exit EXPORTED with a file, NOTHING_TO_EXPORT without. */
@Named("writeZaikeiDeposits")
@Dependent
public class WriteZaikeiDeposits extends AbstractBatchlet {
    public static final String JOB_NAME = "zaikei-deposit-out";
    private static final Logger LOG = Logger.getLogger(WriteZaikeiDeposits.class.getName());

    @Inject
    JobContext jobContext;

    @Inject
    ZaikeiDepositExport export;

    @Override
    public String process() {
        Optional<String> file = export.export(KojoHome.outbox(), jobContext.getExecutionId());
        file.ifPresent(name -> LOG.info(() -> "Deposit statements written to " + name));
        return file.isPresent() ? "EXPORTED" : "NOTHING_TO_EXPORT";
    }
}
