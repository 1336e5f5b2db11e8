package jp.kojo.batch.requestload;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.Connection;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jp.kojo.batch.inbox.StagedFile;
import jp.kojo.batch.requestload.InterchangeFileStore.StoredFile;

/**
 * Step {@code load}, reader: streams the data records of the staged copy that the validate step read (never the
 * inbox again). The checkpoint is the line of the last record read; on restart the records up to it are skipped.
 * The registered row, found by the staged copy's SHA-256, goes to the step's transient user data for the writer.
 * A checkpoint whose staged rows are gone (PostgreSQL crashed: its staging table is unlogged) counts for nothing:
 * the file is read again from its first line.
 */
@Named("requestFileReader")
@Dependent
public class RequestFileReader extends AbstractItemReader {
    private static final Logger LOG = Logger.getLogger(RequestFileReader.class.getName());

    @Resource(lookup = "java:jboss/datasources/KojoDS")
    DataSource dataSource;

    @Inject
    StepContext stepContext;

    @Inject
    JobContext jobContext;

    @Inject
    RequestFileLedger ledger;

    private RequestParser parser;
    private int lastLine;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        RequestLoadParameters params = RequestLoadParameters.of(jobContext);
        String fileName = params.fileName();
        StagedFile staged = StagedFile.required(jobContext.getInstanceId());
        StoredFile stored = ledger.findBySha(staged.sha256())
                .orElseThrow(() -> new IllegalStateException("No interchange_file with the SHA-256 of the staged copy of "
                        + fileName));
        if (!InterchangeFileStore.LOADING.equals(stored.status())) {
            throw new IllegalStateException("interchange_file " + stored.id() + " is " + stored.status() + ", not LOADING");
        }
        stepContext.setTransientUserData(stored);
        lastLine = checkpoint == null ? 0 : (Integer) checkpoint;
        if (lastLine > 0 && nothingStaged(stored.id())) {
            int lost = lastLine;
            LOG.warning(() -> fileName + ": the rows staged up to line " + lost + " are gone (the database restarted"
                    + " after a crash?); reading the file again from its first line");
            lastLine = 0;
        }
        parser = RequestParser.open(staged.path(), params.format(), params.charset());
    }

    private boolean nothingStaged(long fileId) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            return RequestLineStaging.staged(c, fileId).count() == 0;
        }
    }

    @Override
    public Object readItem() throws Exception {
        ParsedItem item;
        while ((item = parser.next()) != null) {
            if (item instanceof MalformedRecord m) {
                throw new IllegalStateException("line " + m.line() + " invalid after validation: " + m.problems());
            }
            if (item instanceof RequestRecord r && r.line() > lastLine) {
                lastLine = r.line();
                return r;
            }
        }
        return null;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastLine;
    }

    @Override
    public void close() throws Exception {
        if (parser != null) {
            parser.close();
            parser = null;
        }
    }
}
