package jp.kojo.batch.zaikeiload;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.kojo.batch.requestload.RequestFormat;

/** Streams the records of a savings statement file one at a time. */
public interface ZaikeiParser extends Closeable {

    /** The next record, or null at the end of the file. */
    ZaikeiRecord next() throws IOException;

    /** Whether the variant ends with an end record (only the fixed one does). */
    boolean hasEndRecord();

    static ZaikeiParser open(Path file, RequestFormat format, Charset csvCharset) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        return format == RequestFormat.FIXED ? new FixedZaikeiParser(in) : new CsvZaikeiParser(in, csvCharset);
    }
}
