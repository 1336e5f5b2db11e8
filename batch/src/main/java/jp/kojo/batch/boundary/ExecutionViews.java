package jp.kojo.batch.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import jp.kojo.batch.admin.BatchNodes;
import jp.kojo.batch.admin.ExecutionProgress;
import jp.kojo.batch.admin.JobRepositoryTables;
import jp.kojo.batch.admin.JobRepositoryTables.ExecutionRow;
import jp.kojo.batch.inbox.Inbox;
import jp.kojo.batch.inbox.StagedFile;
import jp.kojo.batch.requestload.RejectionReport;
import jp.kojo.batch.resultsout.ResultsExportLedger;
import jp.kojo.batch.resultsout.ResultsOutParameters;
import jp.kojo.platform.KojoHome;

/** Turns the job repository's rows into what the screen shows: counts, progress, crash, report. */
@Dependent
class ExecutionViews {
    @Inject
    JobRepositoryTables repository;

    @Inject
    ResultsExportLedger resultsExports;

    List<JobExecutionView> recent(int max) {
        Instant serverStarted = JobRepositoryTables.serverStarted();
        return repository.recent(max).stream().map(r -> view(r, serverStarted)).toList();
    }

    Optional<JobExecutionView> one(long executionId) {
        Instant serverStarted = JobRepositoryTables.serverStarted();
        return repository.find(executionId).map(r -> view(r, serverStarted));
    }

    private JobExecutionView view(ExecutionRow row, Instant serverStarted) {
        String inboundFile = row.parameters().getProperty("fileName");
        String fileName = ResultsOutParameters.JOB_NAME.equals(row.jobName())
                ? resultsExports.fileOf(row.instanceId()).orElse(null) : inboundFile;
        Long totalLines = null;
        long linesDone = 0;
        if (inboundFile != null) {
            Optional<StagedFile> staged = StagedFile.of(StagedFile.folder(row.instanceId()));
            if (staged.isPresent()) {
                totalLines = staged.get().lines();
                linesDone = row.batchStatus() == jakarta.batch.runtime.BatchStatus.COMPLETED ? 0
                        : repository.recordsDone(row.instanceId(), row.executionId());
            }
        }
        long rejected = 0;
        boolean report = false;
        if (inboundFile != null && Inbox.isPlainName(inboundFile)) {
            Path path = RejectionReport.path(KojoHome.reports(), inboundFile, row.executionId());
            if (Files.isRegularFile(path)) {
                report = true;
                try {
                    rejected = RejectionReport.problems(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return new JobExecutionView(row.executionId(), row.instanceId(), row.jobName(),
                JobDefinition.labelKeyOf(row.jobName()), fileName, row.batchStatus(), row.exitStatus(),
                local(row.started() != null ? row.started() : row.created()), local(row.ended()),
                row.load().read(), row.load().written(), row.load().skipped(), rejected, totalLines,
                ExecutionProgress.percent(row.batchStatus(), linesDone, totalLines),
                ExecutionProgress.crashed(row.batchStatus(), row.created(), serverStarted, row.runner(),
                        BatchNodes.thisNode()), report, row.runner() == null ? null : row.runner().node());
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneId.systemDefault());
    }
}
