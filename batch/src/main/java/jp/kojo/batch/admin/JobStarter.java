package jp.kojo.batch.admin;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Properties;
import jp.kojo.batch.boundary.InvalidJobRequestException;
import jp.kojo.batch.boundary.InvalidJobRequestException.Reason;
import jp.kojo.batch.boundary.JobDefinition;
import jp.kojo.batch.boundary.JobStartRequest;
import jp.kojo.batch.inbox.Inbox;
import jp.kojo.batch.inbox.InboundFileRefused;
import jp.kojo.batch.requestload.RequestFormat;
import jp.kojo.batch.requestload.RequestLoadParameters;
import jp.kojo.batch.requestload.RequestLoadParameters.InvalidParameterException;
import jp.kojo.batch.resultsout.ResultsOutParameters;
import jp.kojo.batch.retention.RetentionParameters;

/**
 * How a listed job is started: its parameters checked and turned into the job's properties, the job started in
 * this server and this node recorded as the one that runs it. No access check here: the callers are
 * {@code BatchJobs} (the administrator, checked there) and a scheduled start's timer (checked when scheduled).
 */
@Dependent
public class JobStarter {
    @Inject
    BatchNodes nodes;

    @Inject
    Clock clock;

    /** Starts a listed job with the parameters its definition asks for; returns the execution id. */
    public long start(String jobName, JobStartRequest request) {
        return startHere(jobName, parameters(jobName, request));
    }

    /** Starts a job in this server and records this node as the one that runs it (a crash is told by its node). */
    public long startHere(String jobName, Properties parameters) {
        return nodes.runsHere(BatchRuntime.getJobOperator().start(jobName, parameters));
    }

    /**
     * The job's properties for a request, refused by its reason when the job is not listed or a parameter is
     * wrong, so that a wrong name is refused at once; the job checks a file again when it stages it.
     */
    public Properties parameters(String jobName, JobStartRequest request) {
        JobDefinition definition = JobDefinition.named(jobName)
                .orElseThrow(() -> new InvalidJobRequestException(Reason.NO_SUCH_JOB, jobName, null));
        return switch (definition.parameters()) {
            case INBOX_FILE -> fileLoad(request.fileName(), request.format(), request.encoding());
            case YEAR_MONTH_KIND -> cycle(request.yearMonth(), request.kind());
            case RETENTION -> retention(request.months(), request.before());
            case NONE -> new Properties();
        };
    }

    private Properties retention(String months, String before) {
        RetentionParameters params;
        try {
            params = RetentionParameters.of(months, before);
            params.cutoff(YearMonth.now(clock));
        } catch (IllegalArgumentException e) {
            throw new InvalidJobRequestException(Reason.INVALID_RETENTION, (months == null ? "" : months)
                    + (before == null ? "" : " " + before), e);
        }
        Properties p = new Properties();
        if (params.months() != null) {
            p.setProperty("months", params.months().toString());
        }
        if (params.before() != null) {
            p.setProperty("before", params.before().toString());
        }
        return p;
    }

    private static Properties fileLoad(String fileName, String format, String encoding) {
        RequestLoadParameters params;
        try {
            Inbox.configured().resolve(fileName);
            params = RequestLoadParameters.of(fileName, format, encoding);
        } catch (InboundFileRefused e) {
            throw new InvalidJobRequestException(Reason.valueOf(e.reason().name()), e.subject(), e);
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
        return p;
    }

    private static Properties cycle(String yearMonth, String kind) {
        ResultsOutParameters params;
        try {
            params = ResultsOutParameters.of(yearMonth, kind);
        } catch (ResultsOutParameters.InvalidParameterException e) {
            throw new InvalidJobRequestException(switch (e.parameter()) {
                case YEAR_MONTH -> Reason.INVALID_YEAR_MONTH;
                case KIND -> Reason.INVALID_KIND;
            }, e.value(), e);
        }
        return params.toProperties();
    }
}
