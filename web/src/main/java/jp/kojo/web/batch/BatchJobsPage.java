package jp.kojo.web.batch;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.kojo.batch.boundary.BatchJobs;
import jp.kojo.batch.boundary.InvalidJobRequestException;
import jp.kojo.batch.boundary.JobExecutionView;
import jp.kojo.web.common.Messages;

/** バッチジョブ管理: start a request-file load or a results export, watch executions and their counts, restart or stop them. */
@Named
@ViewScoped
public class BatchJobsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    BatchJobs jobs;

    private List<String> inboxFiles;
    private List<JobExecutionView> executions;
    private String fileName;
    private String format = "FIXED";
    private String encoding = "UTF-8";
    private String resultsYearMonth;
    private String resultsKind = "";
    private Long reportExecutionId;
    private String report;

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        inboxFiles = jobs.inboxFiles();
        executions = jobs.recentExecutions(50);
    }

    public void start() {
        try {
            long id = jobs.startRequestLoad(fileName, format, "CSV".equals(format) ? encoding : null);
            Messages.info("batch.started", String.valueOf(id));
        } catch (InvalidJobRequestException e) {
            refused(e);
        }
        refresh();
    }

    /** Starts the results export: one cycle when a year-month is given, otherwise every sent cycle not exported. */
    public void startResults() {
        try {
            long id = jobs.startResultsOut(resultsYearMonth, resultsKind);
            Messages.info("batch.started", String.valueOf(id));
        } catch (InvalidJobRequestException e) {
            refused(e);
        }
        refresh();
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

    /** The boundary's reason, said in the user's language. */
    private static void refused(InvalidJobRequestException e) {
        Messages.error("batch.error." + e.reason().name(), e.subject());
    }

    public void showReport(long executionId) {
        reportExecutionId = executionId;
        report = jobs.rejectionReport(executionId).orElse(null);
    }

    public List<String> getInboxFiles() { return inboxFiles; }
    public List<JobExecutionView> getExecutions() { return executions; }
    public String getFileName() { return fileName; }
    public void setFileName(String fileName) { this.fileName = fileName; }
    public String getFormat() { return format; }
    public void setFormat(String format) { this.format = format; }
    public String getEncoding() { return encoding; }
    public void setEncoding(String encoding) { this.encoding = encoding; }
    public String getResultsYearMonth() { return resultsYearMonth; }
    public void setResultsYearMonth(String resultsYearMonth) { this.resultsYearMonth = resultsYearMonth; }
    public String getResultsKind() { return resultsKind; }
    public void setResultsKind(String resultsKind) { this.resultsKind = resultsKind; }
    public Long getReportExecutionId() { return reportExecutionId; }
    public String getReport() { return report; }
}
