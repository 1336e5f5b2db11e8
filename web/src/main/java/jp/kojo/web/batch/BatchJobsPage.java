package jp.kojo.web.batch;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import jp.kojo.batch.boundary.BatchJobs;
import jp.kojo.batch.boundary.BatchSchedules;
import jp.kojo.batch.boundary.InvalidJobRequestException;
import jp.kojo.batch.boundary.JobDefinition;
import jp.kojo.batch.boundary.JobExecutionView;
import jp.kojo.batch.boundary.JobStartRequest;
import jp.kojo.batch.boundary.ScheduledStartView;
import jp.kojo.web.common.Messages;

/**
 * バッチジョブ管理: start any listed job with the parameters its definition asks for, watch running executions
 * with their progress (polled while one runs), stop, restart and abandon them, mark one that a crash left running
 * as failed, and download rejection reports; schedule a start for later (予約実行), list and cancel schedules.
 */
@Named
@ViewScoped
public class BatchJobsPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int HISTORY = 50;

    @EJB
    BatchJobs jobs;

    @EJB
    BatchSchedules schedules;

    private List<JobDefinition> definitions;
    private List<String> inboxFiles;
    private List<JobExecutionView> executions;
    private List<ScheduledStartView> scheduled;
    private LocalDateTime at;
    private String reason;
    private String cancelReason;
    private String jobName;
    private String fileName;
    private String format = "FIXED";
    private String encoding = "UTF-8";
    private String yearMonth;
    private String kind = "";
    private String months;
    private String before;

    @PostConstruct
    void init() {
        definitions = jobs.jobDefinitions();
        jobName = definitions.get(0).jobName();
        refresh();
    }

    public void refresh() {
        inboxFiles = jobs.inboxFiles();
        executions = jobs.recentExecutions(HISTORY);
        scheduled = schedules.recent(HISTORY);
    }

    public JobDefinition getSelected() {
        return definitions.stream().filter(d -> d.jobName().equals(jobName)).findFirst().orElse(definitions.get(0));
    }

    public void start() {
        try {
            long id = jobs.start(getSelected().jobName(), request());
            Messages.info("batch.started", String.valueOf(id));
        } catch (InvalidJobRequestException e) {
            refused(e);
        }
        refresh();
    }

    /** The job and parameters of the form, started at {@link #getAt()} instead of now. */
    public void schedule() {
        try {
            long id = schedules.schedule(getSelected().jobName(), request(), at == null ? null : at.toString(), reason);
            Messages.info("batch.schedule.scheduled", String.valueOf(id));
            at = null;
            reason = null;
        } catch (InvalidJobRequestException e) {
            refused(e);
        }
        refresh();
    }

    public void cancel(long scheduleId) {
        try {
            schedules.cancel(scheduleId, cancelReason);
            Messages.info("batch.schedule.cancelled", String.valueOf(scheduleId));
            cancelReason = null;
        } catch (InvalidJobRequestException e) {
            refused(e);
        }
        refresh();
    }

    private JobStartRequest request() {
        return new JobStartRequest(fileName, format, "CSV".equals(format) ? encoding : null, yearMonth, kind, months,
                before);
    }

    public void restart(long executionId) {
        try {
            long id = jobs.restart(executionId);
            Messages.info("batch.restarted", String.valueOf(id));
        } catch (InvalidJobRequestException e) {
            refused(e);
        }
        refresh();
    }

    public void stop(long executionId) {
        try {
            jobs.stop(executionId);
            Messages.info("batch.stopRequested", String.valueOf(executionId));
        } catch (InvalidJobRequestException e) {
            refused(e);
        }
        refresh();
    }

    public void abandon(long executionId) {
        try {
            jobs.abandon(executionId);
            Messages.info("batch.abandoned", String.valueOf(executionId));
        } catch (InvalidJobRequestException e) {
            refused(e);
        }
        refresh();
    }

    public void markFailed(long executionId) {
        try {
            jobs.markFailed(executionId);
            Messages.info("batch.markedFailed", String.valueOf(executionId));
        } catch (InvalidJobRequestException e) {
            refused(e);
        }
        refresh();
    }

    /** The boundary's reason, said in the user's language. */
    private static void refused(InvalidJobRequestException e) {
        Messages.error("batch.error." + e.reason().name(), e.subject());
    }

    /** Running here or left running by a crash: the upper table, polled while one runs. */
    public List<JobExecutionView> getActive() {
        return executions.stream().filter(e -> e.running() || e.crashed()).toList();
    }

    public List<JobExecutionView> getHistory() {
        return executions.stream().filter(JobExecutionView::ended).toList();
    }

    public boolean isAnyRunning() {
        return executions.stream().anyMatch(JobExecutionView::running);
    }

    public boolean isAnyCrashed() {
        return executions.stream().anyMatch(JobExecutionView::crashed);
    }

    /** The message key of an execution's state: 中断 for a crashed one, else its batch status. */
    public String statusKey(JobExecutionView e) {
        return "batch.status." + (e.crashed() ? "CRASHED" : e.batchStatus().name());
    }

    public List<ScheduledStartView> getScheduled() { return scheduled; }
    public LocalDateTime getAt() { return at; }
    public void setAt(LocalDateTime at) { this.at = at; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; }
    public List<JobDefinition> getDefinitions() { return definitions; }
    public List<String> getInboxFiles() { return inboxFiles; }
    public List<JobExecutionView> getExecutions() { return executions; }
    public String getJobName() { return jobName; }
    public void setJobName(String jobName) { this.jobName = jobName; }
    public String getFileName() { return fileName; }
    public void setFileName(String fileName) { this.fileName = fileName; }
    public String getFormat() { return format; }
    public void setFormat(String format) { this.format = format; }
    public String getEncoding() { return encoding; }
    public void setEncoding(String encoding) { this.encoding = encoding; }
    public String getYearMonth() { return yearMonth; }
    public void setYearMonth(String yearMonth) { this.yearMonth = yearMonth; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }

    /** The months the purge keeps when the field is left empty (the server's setting), shown beside the field. */
    public int getConfiguredRetentionMonths() {
        return jobs.configuredRetentionMonths();
    }

    public String getMonths() {
        return months;
    }

    public void setMonths(String months) {
        this.months = months;
    }

    public String getBefore() {
        return before;
    }

    public void setBefore(String before) {
        this.before = before;
    }
}
