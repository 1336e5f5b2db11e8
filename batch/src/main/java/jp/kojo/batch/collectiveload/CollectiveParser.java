package jp.kojo.batch.collectiveload;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.kojo.batch.requestload.RequestFormat;

/** Streams the records of a union-wide savings breakdown file one at a time. */
public interface CollectiveParser extends Closeable {

    /** The next record, or null at the end of the file. */
    CollectiveRecord next() throws IOException;

    /** Whether the variant ends with an end record (only the fixed one does). */
    boolean hasEndRecord();

    static CollectiveParser open(Path file, RequestFormat format, Charset csvCharset) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        return format == RequestFormat.FIXED ? new FixedCollectiveParser(in) : new CsvCollectiveParser(in, csvCharset);
    }
}
