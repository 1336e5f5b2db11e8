package jp.kojo.batch.requestload;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/** Streams the records of a request file one at a time; never holds more than one record. */
public interface RequestParser extends Closeable {

    /** The next record, or null at the end of the file. */
    ParsedItem next() throws IOException;

    /** Whether the variant ends with an end record (only the fixed one does). */
    boolean hasEndRecord();

    /** Opens a file; {@code csvCharset} is ignored for the fixed variant (always Windows-31J). */
    static RequestParser open(Path file, RequestFormat format, Charset csvCharset) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        try {
            return format == RequestFormat.FIXED ? new FixedRecordParser(in) : new CsvRecordParser(in, csvCharset);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }
}
