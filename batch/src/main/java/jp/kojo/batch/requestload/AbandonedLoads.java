package jp.kojo.batch.requestload;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import jp.kojo.batch.inbox.StagedFile;

/**
 * What an abandoned request load leaves behind, cleared: an abandoned execution can never be restarted, so its file's
 * registration (status LOADING, which refuses the same content as "already received, restart that execution"),
 * its staged rows and its staged copy would otherwise stay for ever and the file could never be loaded again.
 */
@ApplicationScoped
public class AbandonedLoads {
    public static final String JOB_NAME = "deduction-request-load";

    private static final Logger LOG = Logger.getLogger(AbandonedLoads.class.getName());

    @Inject
    RequestFileLedger ledger;

    /** Releases the file of the job instance of {@code executionId} (just abandoned) if it is a request load. */
    public void release(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        JobInstance instance = operator.getJobInstance(executionId);
        if (!JOB_NAME.equals(instance.getJobName())) {
            return;
        }
        // The file was registered by the execution that validated it, the first of the instance or a restart.
        List<Long> executions = operator.getJobExecutions(instance).stream().map(JobExecution::getExecutionId).toList();
        List<String> released = ledger.releaseLoading(executions);
        StagedFile.of(StagedFile.folder(instance.getInstanceId())).ifPresent(StagedFile::discard);
        LOG.info(() -> "execution " + executionId + " abandoned: released " + released);
    }
}
