package jp.kojo.batch.requestload;

import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Optional;
import java.util.function.LongUnaryOperator;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.kojo.batch.inbox.Inbox;
import jp.kojo.batch.inbox.InboundFileRefused;
import jp.kojo.batch.inbox.InboundLimits;
import jp.kojo.batch.inbox.StagedFile;
import jp.kojo.batch.inbox.Staging;
import jp.kojo.batch.requestload.InterchangeFileStore.StoredFile;
import jp.kojo.platform.KojoHome;

/**
 * Step {@code validate}: copies the file from the inbox into the job instance's staging folder (refusing names
 * outside the inbox, links and files over the {@link InboundLimits}), refuses content already loaded, streams the
 * staged copy through the validator and either
 * writes the rejection report (exit status REJECTED / ALREADY_LOADED) or registers the cycle and the file with
 * status LOADING (exit status VALIDATED). Nothing is written to person or deduction_line here.
 */
@Named("validateRequestFile")
@Dependent
public class ValidateRequestFile extends AbstractBatchlet {
    public static final String VALIDATED = "VALIDATED";
    public static final String REJECTED = "REJECTED";
    public static final String ALREADY_LOADED = "ALREADY_LOADED";

    private static final Logger LOG = Logger.getLogger(ValidateRequestFile.class.getName());

    @Inject
    JobContext jobContext;

    @Inject
    RequestFileLedger ledger;

    @Resource(lookup = "java:jboss/datasources/KojoDS")
    DataSource dataSource;

    /** Execution id to job instance id: the job repository's (a unit test has its own). */
    LongUnaryOperator instanceOfExecution = ValidateRequestFile::jobInstanceOf;

    private volatile boolean stopRequested;

    @Override
    public String process() throws Exception {
        RequestLoadParameters params = RequestLoadParameters.of(jobContext);
        String fileName = params.fileName();
        long executionId = jobContext.getExecutionId();
        Path reportPath = RejectionReport.path(KojoHome.reports(), fileName, executionId);

        try (RejectionReport report = new RejectionReport(reportPath)) {
            StagedFile staged;
            try {
                staged = Staging.stage(Inbox.configured(), fileName, StagedFile.folder(jobContext.getInstanceId()),
                        params.format() == RequestFormat.CSV, InboundLimits.configured());
            } catch (InboundFileRefused e) {
                report.line(e.reportLine());
                return REJECTED;
            }
            Path file = staged.path();
            String sha = staged.sha256();
            Optional<StoredFile> loaded = ledger.findBySha(sha);
            if (loaded.isPresent() && registeredByThisInstance(loaded.get())) {
                // An earlier execution of this job instance validated and registered the file, then ended
                // (a crash, kill -9) before this step did: the file is this job's own, not one loaded before.
                LOG.info(() -> fileName + ": validated and registered by execution " + loaded.get().jobExecutionId()
                        + " of this job instance, interchange_file " + loaded.get().id());
                return VALIDATED;
            }
            if (loaded.isPresent()) {
                StoredFile f = loaded.get();
                report.line("同じ内容のファイルは取込済みです（ファイル名 " + f.fileName() + "、状態 " + f.status()
                        + "、受信 " + f.receivedAt() + "、実行 ID " + f.jobExecutionId() + "）"
                        + " / a file with the same content was already received (name " + f.fileName()
                        + ", status " + f.status() + ", received " + f.receivedAt() + ", execution "
                        + f.jobExecutionId() + "); restart that execution if it did not finish");
                staged.discard();
                return ALREADY_LOADED;
            }

            RequestValidator.Result result;
            try (Connection c = dataSource.getConnection();
                 RequestParser parser = stoppable(RequestParser.open(file, params.format(), params.charset()))) {
                result = RequestValidator.validate(parser, new JdbcDirectory(c), report);
            }
            if (!result.valid()) {
                LOG.info(() -> fileName + ": rejected with " + result.problemCount() + " problems, see " + reportPath);
                staged.discard();
                return REJECTED;
            }
            long fileId = ledger.register(fileName, sha, result.header(), result.recordCount(), result.amountTotal(),
                    executionId);
            LOG.info(() -> fileName + ": valid, " + result.recordCount() + " records, total " + result.amountTotal()
                    + ", interchange_file " + fileId);
            return VALIDATED;
        }
    }

    /** Whether the row is still LOADING for an execution of this same job instance (a start or a restart). */
    private boolean registeredByThisInstance(StoredFile file) {
        if (!InterchangeFileStore.LOADING.equals(file.status()) || file.jobExecutionId() == null) {
            return false;
        }
        return instanceOfExecution.applyAsLong(file.jobExecutionId()) == jobContext.getInstanceId();
    }

    /** The job instance of an execution in the job repository; -1 when the repository no longer has it. */
    static long jobInstanceOf(long executionId) {
        try {
            return BatchRuntime.getJobOperator().getJobInstance(executionId).getInstanceId();
        } catch (NoSuchJobExecutionException e) {
            return -1;
        }
    }

    /** Lets {@link #stop()} end a long validation between two records. */
    private RequestParser stoppable(RequestParser parser) {
        return new RequestParser() {
            @Override
            public ParsedItem next() throws IOException {
                if (stopRequested) {
                    throw new IOException("stopped by the operator");
                }
                return parser.next();
            }

            @Override
            public boolean hasEndRecord() {
                return parser.hasEndRecord();
            }

            @Override
            public void close() throws IOException {
                parser.close();
            }
        };
    }

    @Override
    public void stop() {
        stopRequested = true;
    }
}
