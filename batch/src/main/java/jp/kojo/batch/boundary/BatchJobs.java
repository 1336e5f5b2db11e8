package jp.kojo.batch.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import jp.kojo.batch.collectiveload.CollectiveLoadParameters;
import jp.kojo.batch.requestload.RejectionReport;
import jp.kojo.batch.requestload.RequestFormat;
import jp.kojo.batch.boundary.InvalidJobRequestException.Reason;
import jp.kojo.batch.requestload.RequestLoadParameters;
import jp.kojo.batch.requestload.RequestLoadParameters.InvalidParameterException;
import jp.kojo.batch.resultsout.ResultsExportLedger;
import jp.kojo.batch.resultsout.ResultsOutParameters;
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
    private static final String LOAD_STEP = "load";
    public static final String ZAIKEI_STATEMENT_LOAD = "zaikei-statement-load";

    @Inject
    ResultsExportLedger resultsExports;

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    /** Starts {@code deduction-request-load} for a file in the inbox; returns the execution id. */
    public long startRequestLoad(String fileName, String format, String encoding) {
        RequestLoadParameters params;
        try {
            params = RequestLoadParameters.of(fileName, format, encoding);
            if (!Files.isRegularFile(params.file(KojoHome.inbox()))) {
                throw new InvalidJobRequestException(Reason.NO_SUCH_FILE, fileName, null);
            }
        } catch (InvalidParameterException e) {
            throw new InvalidJobRequestException(switch (e.parameter()) {
                case FILE_NAME -> Reason.INVALID_FILE_NAME;
                case FORMAT -> Reason.INVALID_FORMAT;
                case ENCODING -> Reason.INVALID_ENCODING;
            }, e.value(), e);
        }
        Properties p = new Properties();
        p.setProperty("fileName", params.fileName());
        p.setProperty("format", params.format().name());
        if (params.format() == RequestFormat.CSV) {
            p.setProperty("encoding", params.charset().name());
        }
        return operator().start(RequestLoadParameters.JOB_NAME, p);
    }

    /** Starts {@code zaikei-statement-load} for a savings statement file in the inbox; returns the execution id. */
    public long startZaikeiStatementLoad(String fileName, String format, String encoding) {
        return startFileLoad(ZAIKEI_STATEMENT_LOAD, fileName, format, encoding);
    }

    /** Starts {@code collective-savings-load} for a union-wide savings breakdown file in the inbox; returns the execution id. */
    public long startCollectiveSavingsLoad(String fileName, String format, String encoding) {
        return startFileLoad(CollectiveLoadParameters.JOB_NAME, fileName, format, encoding);
    }

    /** Starts {@code zaikei-deposit-out}: every sent deposit statement not exported yet. */
    public long startZaikeiDepositOut() {
        return operator().start(jp.kojo.batch.zaikeiout.WriteZaikeiDeposits.JOB_NAME, new Properties());
    }

    private long startFileLoad(String jobName, String fileName, String format, String encoding) {
        RequestLoadParameters params;
        try {
            params = RequestLoadParameters.of(fileName, format, encoding);
            if (!Files.isRegularFile(params.file(KojoHome.inbox()))) {
                throw new InvalidJobRequestException(Reason.NO_SUCH_FILE, fileName, null);
            }
        } catch (InvalidParameterException e) {
            throw new InvalidJobRequestException(switch (e.parameter()) {
                case FILE_NAME -> Reason.INVALID_FILE_NAME;
                case FORMAT -> Reason.INVALID_FORMAT;
                case ENCODING -> Reason.INVALID_ENCODING;
            }, e.value(), e);
        }
        Properties p = new Properties();
        p.setProperty("fileName", params.fileName());
        p.setProperty("format", params.format().name());
        if (params.format() == RequestFormat.CSV) {
            p.setProperty("encoding", params.charset().name());
        }
        return operator().start(jobName, p);
    }

    /**
     * Starts {@code deduction-results-out}: the results of one cycle (year-month {@code YYYYMM} and kind
     * {@code MONTHLY}/{@code BONUS}), or with both empty of every sent cycle not exported yet.
     */
    public long startResultsOut(String yearMonth, String kind) {
        ResultsOutParameters params;
        try {
            params = ResultsOutParameters.of(yearMonth, kind);
        } catch (ResultsOutParameters.InvalidParameterException e) {
            throw new InvalidJobRequestException(switch (e.parameter()) {
                case YEAR_MONTH -> Reason.INVALID_YEAR_MONTH;
                case KIND -> Reason.INVALID_KIND;
            }, e.value(), e);
        }
        return operator().start(ResultsOutParameters.JOB_NAME, params.toProperties());
    }

    /** Regular files waiting in the inbox, by name. */
    public List<String> inboxFiles() {
        Path inbox = KojoHome.inbox();
        if (!Files.isDirectory(inbox)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(inbox)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> f.getFileName().toString())
                    .filter(n -> !n.startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The newest executions of all jobs, newest first. */
    public List<JobExecutionView> recentExecutions(int max) {
        if (max <= 0) {
            return List.of();
        }
        JobOperator op = operator();
        record Found(JobExecution execution, long instanceId) {
        }
        List<Found> found = new ArrayList<>();
        for (String jobName : op.getJobNames()) {
            List<JobInstance> instances;
            try {
                instances = op.getJobInstances(jobName, 0, max); // most recent first
            } catch (NoSuchJobException e) {
                continue;
            }
            for (JobInstance instance : instances) {
                for (JobExecution execution : op.getJobExecutions(instance)) {
                    found.add(new Found(execution, instance.getInstanceId()));
                }
            }
        }
        return found.stream()
                .sorted(Comparator.comparingLong((Found f) -> f.execution().getExecutionId()).reversed())
                .limit(max)
                .map(f -> view(op, f.execution(), f.instanceId(), fileName(f.execution(), f.instanceId())))
                .toList();
    }

    /** The request file a load read, or the results file an export wrote (null before it chose one). */
    private String fileName(JobExecution e, long instanceId) {
        if (ResultsOutParameters.JOB_NAME.equals(e.getJobName())) {
            return resultsExports.fileOf(instanceId).orElse(null);
        }
        Properties params = e.getJobParameters();
        return params == null ? null : params.getProperty("fileName");
    }

    private static JobExecutionView view(JobOperator op, JobExecution e, long instanceId, String fileName) {
        long read = 0;
        long written = 0;
        long skipped = 0;
        for (StepExecution step : op.getStepExecutions(e.getExecutionId())) {
            if (!LOAD_STEP.equals(step.getStepName()) || step.getMetrics() == null) {
                continue;
            }
            for (Metric m : step.getMetrics()) {
                switch (m.getType()) {
                    case READ_COUNT -> read += m.getValue();
                    case WRITE_COUNT -> written += m.getValue();
                    case READ_SKIP_COUNT, PROCESS_SKIP_COUNT, WRITE_SKIP_COUNT -> skipped += m.getValue();
                    default -> { }
                }
            }
        }
        return new JobExecutionView(e.getExecutionId(), instanceId, e.getJobName(), fileName,
                e.getBatchStatus(), e.getExitStatus(), local(e.getStartTime()), local(e.getEndTime()),
                read, written, skipped);
    }

    private static LocalDateTime local(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
    }

    /** Restarts a failed or stopped execution with its original parameters; returns the new execution id. */
    public long restart(long executionId) {
        JobOperator op = operator();
        try {
            Properties params = op.getParameters(executionId);
            return op.restart(executionId, params == null ? new Properties() : params);
        } catch (NoSuchJobExecutionException e) {
            throw new InvalidJobRequestException(Reason.NO_SUCH_EXECUTION, executionId, e);
        } catch (JobRestartException | JobExecutionAlreadyCompleteException | JobExecutionNotMostRecentException e) {
            throw new InvalidJobRequestException(Reason.CANNOT_RESTART, executionId, e);
        }
    }

    /** Asks a running execution to stop (it ends STOPPED and can be restarted). */
    public void stop(long executionId) {
        try {
            operator().stop(executionId);
        } catch (NoSuchJobExecutionException e) {
            throw new InvalidJobRequestException(Reason.NO_SUCH_EXECUTION, executionId, e);
        } catch (JobExecutionNotRunningException e) {
            throw new InvalidJobRequestException(Reason.NOT_RUNNING, executionId, e);
        }
    }

    /** The rejection report written by the validate step of this execution, if any. */
    public Optional<String> rejectionReport(long executionId) {
        Properties params;
        try {
            params = operator().getParameters(executionId);
        } catch (NoSuchJobExecutionException e) {
            return Optional.empty();
        }
        String fileName = params == null ? null : params.getProperty("fileName");
        if (fileName == null) {
            return Optional.empty();
        }
        Path report;
        try {
            report = RejectionReport.path(KojoHome.reports(), fileName, executionId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(report)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(report, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
