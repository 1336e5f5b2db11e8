package jp.kojo.batch.collectiveload;

import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.kojo.batch.collectiveload.CollectiveSavingsStore.StoredFile;
import jp.kojo.batch.requestload.RejectionReport;
import jp.kojo.batch.requestload.RequestLoadParameters;
import jp.kojo.batch.requestload.Sha256;
import jp.kojo.platform.KojoHome;

/**
 * Step {@code validate} of {@code collective-savings-load}: refuses content already loaded, streams the whole file
 * through the checks and writes every problem to the rejection report (exit REJECTED / ALREADY_LOADED), or hands
 * the file's SHA-256 to the load step (exit VALIDATED). Stores nothing.
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
        RequestLoadParameters params = CollectiveLoadParameters.of(jobContext);
        String fileName = params.fileName();
        Path file = params.file(KojoHome.inbox());
        Path reportPath = RejectionReport.path(KojoHome.reports(), fileName, jobContext.getExecutionId());
        try (RejectionReport report = new RejectionReport(reportPath)) {
            if (!Files.isRegularFile(file)) {
                report.line("ファイルが受信フォルダにありません / file not found in the inbox: " + fileName);
                return REJECTED;
            }
            String sha = Sha256.of(file);
            Optional<StoredFile> loaded = ledger.findBySha(sha);
            if (loaded.isPresent()) {
                StoredFile f = loaded.get();
                report.line("同じ内容のファイルは取込済みです（ファイル名 " + f.fileName() + "、受信 " + f.receivedAt()
                        + "、実行 ID " + f.jobExecutionId() + "） / a file with the same content was already loaded (name "
                        + f.fileName() + ", received " + f.receivedAt() + ", execution " + f.jobExecutionId() + ")");
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
                return REJECTED;
            }
            jobContext.setTransientUserData(sha);
            LOG.info(() -> fileName + ": valid, " + result.recordCount() + " records for " + result.unions().size()
                    + " unions");
            return VALIDATED;
        }
    }
}
