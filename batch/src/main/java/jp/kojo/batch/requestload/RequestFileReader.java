package jp.kojo.batch.requestload;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Path;
import jp.kojo.batch.requestload.InterchangeFileStore.StoredFile;
import jp.kojo.platform.KojoHome;

/**
 * Step {@code load}, reader: streams the data records of the validated file. The checkpoint is the line of the
 * last record read; on restart the records up to it are skipped. The file is found again by its SHA-256, which
 * also proves it has not changed since the validate step; the registered row goes to the step's transient
 * user data for the writer.
 */
@Named("requestFileReader")
@Dependent
public class RequestFileReader extends AbstractItemReader {
    @Inject
    @BatchProperty
    String fileName;

    @Inject
    @BatchProperty
    String format;

    @Inject
    @BatchProperty
    String encoding;

    @Inject
    StepContext stepContext;

    @Inject
    RequestFileLedger ledger;

    private RequestParser parser;
    private int lastLine;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        RequestLoadParameters params = RequestLoadParameters.of(fileName, format, encoding);
        Path file = params.file(KojoHome.inbox());
        String sha = Sha256.of(file);
        StoredFile stored = ledger.findBySha(sha)
                .orElseThrow(() -> new IllegalStateException("The file " + fileName
                        + " is not the one validated (no interchange_file with its SHA-256); was it replaced?"));
        if (!InterchangeFileStore.LOADING.equals(stored.status())) {
            throw new IllegalStateException("interchange_file " + stored.id() + " is " + stored.status() + ", not LOADING");
        }
        stepContext.setTransientUserData(stored);
        lastLine = checkpoint == null ? 0 : (Integer) checkpoint;
        parser = RequestParser.open(file, params.format(), params.charset());
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
