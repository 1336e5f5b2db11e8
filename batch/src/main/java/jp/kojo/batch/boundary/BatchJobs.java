package jp.kojo.batch.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionIsRunningException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import jp.kojo.batch.admin.BatchNodes;
import jp.kojo.batch.admin.JobRepositoryTables;
import jp.kojo.batch.admin.JobStarter;
import jp.kojo.batch.boundary.InvalidJobRequestException.Reason;
import jp.kojo.batch.collectiveload.CollectiveLoadParameters;
import jp.kojo.batch.inbox.Inbox;
import jp.kojo.batch.requestload.AbandonedLoads;
import jp.kojo.batch.requestload.RejectionReport;
import jp.kojo.batch.requestload.RequestLoadParameters;
import jp.kojo.batch.resultsout.ResultsOutParameters;
import jp.kojo.batch.retention.RetentionParameters;
import jp.kojo.batch.zaikeiout.WriteZaikeiDeposits;
import jp.kojo.platform.KojoHome;
import jp.kojo.platform.Roles;

/**
 * The batch administrator's job operations, over the Jakarta Batch job operator. No transaction: the job
 * repository must see a started execution at once, not when this call commits.
 */
@Stateless
@RolesAllowed(Roles.BATCH_ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchJobs {
    public static final String ZAIKEI_STATEMENT_LOAD = "zaikei-statement-load";

    @Inject
    JobRepositoryTables repository;

    @Inject
    ExecutionViews views;

    @Inject
    AbandonedLoads abandonedLoads;

    @Inject
    BatchNodes nodes;

    @Inject
    JobStarter starter;

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    /** The jobs the screen offers, in its order. */
    public List<JobDefinition> jobDefinitions() {
        return JobDefinition.ALL;
    }

    /** Starts a listed job with the parameters its definition asks for; returns the execution id. */
    public long start(String jobName, JobStartRequest request) {
        return starter.start(jobName, request);
    }

    /** Starts {@code deduction-request-load} for a file in the inbox; returns the execution id. */
    public long startRequestLoad(String fileName, String format, String encoding) {
        return starter.start(RequestLoadParameters.JOB_NAME, JobStartRequest.file(fileName, format, encoding));
    }

    /** Starts {@code zaikei-statement-load} for a savings statement file in the inbox; returns the execution id. */
    public long startZaikeiStatementLoad(String fileName, String format, String encoding) {
        return starter.start(ZAIKEI_STATEMENT_LOAD, JobStartRequest.file(fileName, format, encoding));
    }

    /** Starts {@code collective-savings-load} for a union-wide savings breakdown file in the inbox; returns the execution id. */
    public long startCollectiveSavingsLoad(String fileName, String format, String encoding) {
        return starter.start(CollectiveLoadParameters.JOB_NAME, JobStartRequest.file(fileName, format, encoding));
    }

    /** Starts {@code zaikei-deposit-out}: every sent deposit statement not exported yet. */
    public long startZaikeiDepositOut() {
        return starter.startHere(WriteZaikeiDeposits.JOB_NAME, new Properties());
    }

    /**
     * Starts {@code deduction-results-out}: the results of one cycle (year-month {@code YYYYMM} and kind
     * {@code MONTHLY}/{@code BONUS}), or with both empty of every sent cycle not exported yet.
     */
    public long startResultsOut(String yearMonth, String kind) {
        return starter.start(ResultsOutParameters.JOB_NAME, JobStartRequest.cycle(yearMonth, kind));
    }

    /**
     * Starts {@code request-list-pdfs}: every organisation's request list PDF of one cycle, or with both empty of
     * the newest monthly cycle.
     */
    public long startRequestListPdfs(String yearMonth, String kind) {
        return starter.start("request-list-pdfs", JobStartRequest.cycle(yearMonth, kind));
    }

    /** The months the retention purge keeps when it is started without {@code months}: the server's setting. */
    public int configuredRetentionMonths() {
        return RetentionParameters.configuredMonths();
    }

    /**
     * Starts {@code retention-purge}: keep {@code months} (at least 13; empty for the server's setting) or purge
     * the months before {@code before} ({@code YYYY-MM}, outside the retention period).
     */
    public long startRetentionPurge(String months, String before) {
        return starter.start(RetentionParameters.JOB_NAME, JobStartRequest.retention(months, before));
    }

    /** Regular files (not links) waiting in the inbox, by name. */
    public List<String> inboxFiles() {
        return Inbox.configured().fileNames();
    }

    /** The newest executions of all jobs, newest first. */
    public List<JobExecutionView> recentExecutions(int max) {
        return max <= 0 ? List.of() : views.recent(max);
    }

    /** One execution, if the repository has it. */
    public Optional<JobExecutionView> execution(long executionId) {
        return views.one(executionId);
    }

    /** Restarts a failed or stopped execution with its original parameters; returns the new execution id. */
    public long restart(long executionId) {
        JobOperator op = operator();
        try {
            Properties params = op.getParameters(executionId);
            return nodes.runsHere(op.restart(executionId, params == null ? new Properties() : params));
        } catch (NoSuchJobExecutionException e) {
            throw new InvalidJobRequestException(Reason.NO_SUCH_EXECUTION, executionId, e);
        } catch (JobRestartException | JobExecutionAlreadyCompleteException | JobExecutionNotMostRecentException e) {
            throw new InvalidJobRequestException(Reason.CANNOT_RESTART, executionId, e);
        }
    }

    /** Asks an execution running in this server to stop (it ends STOPPED and can be restarted). */
    public void stop(long executionId) {
        if (views.one(executionId).filter(JobExecutionView::crashed).isPresent()) {
            throw new InvalidJobRequestException(Reason.NOT_RUNNING, executionId, null); // nothing runs it any more
        }
        try {
            operator().stop(executionId);
        } catch (NoSuchJobExecutionException e) {
            throw new InvalidJobRequestException(Reason.NO_SUCH_EXECUTION, executionId, e);
        } catch (JobExecutionNotRunningException e) {
            throw new InvalidJobRequestException(Reason.NOT_RUNNING, executionId, e);
        }
    }

    /**
     * Gives up a failed or stopped execution for good: it can no longer be restarted. An abandoned request load's
     * file is released, so that the same file can be loaded again by a new job ({@link AbandonedLoads}).
     */
    public void abandon(long executionId) {
        try {
            operator().abandon(executionId);
            abandonedLoads.release(executionId);
        } catch (NoSuchJobExecutionException e) {
            throw new InvalidJobRequestException(Reason.NO_SUCH_EXECUTION, executionId, e);
        } catch (JobExecutionIsRunningException e) {
            throw new InvalidJobRequestException(Reason.CANNOT_ABANDON, executionId, e);
        }
    }

    /**
     * Marks an execution that a crash left STARTED as FAILED (exit status CRASHED), so that it can be restarted
     * from its last checkpoint. Refused for an execution that is running in this server or has ended.
     */
    public void markFailed(long executionId) {
        Optional<JobExecutionView> execution = views.one(executionId);
        if (execution.isEmpty()) {
            throw new InvalidJobRequestException(Reason.NO_SUCH_EXECUTION, executionId, null);
        }
        if (!execution.get().crashed() || !repository.markFailed(executionId)) {
            throw new InvalidJobRequestException(Reason.NOT_CRASHED, executionId, null);
        }
    }

    /** The rejection report written by the validate step of this execution, if any. */
    public Optional<String> rejectionReport(long executionId) {
        return reportPath(executionId).map(report -> {
            try {
                return Files.readString(report, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The file name a downloaded report gets: {@code <inbound file>.<execution>.rejected.txt}. */
    public Optional<String> rejectionReportName(long executionId) {
        return reportPath(executionId).map(p -> p.getFileName().toString());
    }

    private Optional<Path> reportPath(long executionId) {
        Properties params;
        try {
            params = operator().getParameters(executionId);
        } catch (NoSuchJobExecutionException e) {
            return Optional.empty();
        }
        String fileName = params == null ? null : params.getProperty("fileName");
        if (fileName == null || !Inbox.isPlainName(fileName)) {
            return Optional.empty();
        }
        Path report = RejectionReport.path(KojoHome.reports(), fileName, executionId);
        return Files.isRegularFile(report) ? Optional.of(report) : Optional.empty();
    }
}
