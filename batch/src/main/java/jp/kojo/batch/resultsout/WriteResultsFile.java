package jp.kojo.batch.resultsout;

import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.kojo.batch.requestload.Sha256;
import jp.kojo.batch.resultsout.ResultsExportStore.Reservation;
import jp.kojo.platform.KojoHome;

/**
 * Step {@code write}: writes this instance's reserved sendings into its file in the outbox, whole (temporary
 * name, fsync, atomic rename), then marks them exported with the file's SHA-256. A restart writes the same
 * content under the same name again (the cycles are frozen while sent), so a crash between the rename and the
 * mark leaves one file, not two.
 */
@Named("writeResultsFile")
@Dependent
public class WriteResultsFile extends AbstractBatchlet {
    public static final String EXPORTED = "EXPORTED";

    private static final Logger LOG = Logger.getLogger(WriteResultsFile.class.getName());

    @Inject
    JobContext jobContext;

    @Inject
    ResultsExportLedger ledger;

    @Resource(lookup = "java:jboss/datasources/KojoDS")
    DataSource dataSource;

    @Override
    public String process() throws Exception {
        long instanceId = jobContext.getInstanceId();
        Reservation reservation = ledger.current(instanceId);
        if (reservation.groups().isEmpty()) {
            return SelectSentCycles.NOTHING_TO_EXPORT;
        }
        if (reservation.allExported()) {
            return EXPORTED;
        }
        Path file = KojoHome.outbox().resolve(reservation.fileName());
        long[] records = {0};
        try (Connection c = dataSource.getConnection()) {
            AtomicFile.write(file, out -> {
                Writer writer = new BufferedWriter(new OutputStreamWriter(out,
                        ResultRecords.CHARSET.newEncoder()), 64 * 1024);
                records[0] = ResultsFileContent.write(writer, reservation.groups(),
                        (group, each) -> ResultsExportStore.lines(c, group, each));
                writer.flush();
            });
        }
        String sha = Sha256.of(file);
        ledger.markExported(instanceId, sha, jobContext.getExecutionId());
        LOG.info(() -> file + ": " + reservation.groups().size() + " organisation cycles, " + records[0]
                + " lines, sha256 " + sha);
        return EXPORTED;
    }
}
