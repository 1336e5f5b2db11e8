package jp.kojo.batch.collectiveload;

import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.kojo.batch.collectiveload.CollectiveSavingsStore.StoredFile;
import jp.kojo.batch.inbox.Inbox;
import jp.kojo.batch.inbox.InboundFileRefused;
import jp.kojo.batch.inbox.InboundLimits;
import jp.kojo.batch.inbox.StagedFile;
import jp.kojo.batch.inbox.Staging;
import jp.kojo.batch.requestload.RejectionReport;
import jp.kojo.batch.requestload.RequestFormat;
import jp.kojo.batch.requestload.RequestLoadParameters;
import jp.kojo.platform.KojoHome;

/**
 * Step {@code validate} of {@code collective-savings-load}: stages the file from the inbox (a restart reuses the
 * copy staged before), refuses content already loaded, streams the whole staged copy
 * through the checks and writes every problem to the rejection report (exit REJECTED / ALREADY_LOADED), or hands
 * the load step the staged copy it validated (exit VALIDATED). Stores nothing.
 */
@Named("validateCollectiveSavings")
@Dependent
public class ValidateCollectiveSavings extends AbstractBatchlet {
    public static final String VALIDATED = "VALIDATED";
    public static final String REJECTED = "REJECTED";
    public static final String ALREADY_LOADED = "ALREADY_LOADED";
    private static final Logger LOG = Logger.getLogger(ValidateCollectiveSavings.class.getName());

    @Inject
    JobContext jobContext;

    @Inject
    CollectiveSavingsLedger ledger;

    @Resource(lookup = "java:jboss/datasources/KojoDS")
    DataSource dataSource;

    @Override
    public String process() throws Exception {
        RequestLoadParameters params = RequestLoadParameters.of(jobContext);
        String fileName = params.fileName();
        Path reportPath = RejectionReport.path(KojoHome.reports(), fileName, jobContext.getExecutionId());
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
            if (loaded.isPresent()) {
                StoredFile f = loaded.get();
                report.line("同じ内容のファイルは取込済みです（ファイル名 " + f.fileName() + "、受信 " + f.receivedAt()
                        + "、実行 ID " + f.jobExecutionId() + "） / a file with the same content was already loaded (name "
                        + f.fileName() + ", received " + f.receivedAt() + ", execution " + f.jobExecutionId() + ")");
                staged.discard();
                return ALREADY_LOADED;
            }
            CollectiveSavingsValidator.Result result;
            try (Connection c = dataSource.getConnection();
                 CollectiveParser parser = CollectiveParser.open(file, params.format(), params.charset())) {
                result = CollectiveSavingsValidator.validate(parser, CollectiveDirectory.jdbc(c),
                        problem -> report.line(problem.toString()));
            }
            if (!result.valid()) {
                LOG.info(() -> fileName + ": rejected with " + result.problemCount() + " problems, see " + reportPath);
                staged.discard();
                return REJECTED;
            }
            LOG.info(() -> fileName + ": valid, " + result.recordCount() + " records for " + result.unions().size()
                    + " unions");
            return VALIDATED;
        }
    }
}
