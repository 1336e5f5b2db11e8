package jp.kojo.batch.inbox;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The records of a host file of fixed-length records, as bytes: each followed by CRLF (or LF), or none at all (a
 * record stream, recognised by no CR or LF in the first {@code length + 1} bytes). A record of the wrong length
 * comes back as it is, for the parser to refuse with its line; one without an end is cut at four records' length,
 * so an endless line cannot fill the heap.
 */
public final class FixedRecordReader implements Closeable {
    private final InputStream in;
    private final int length;
    private final boolean separated;

    /** @param in a stream that supports mark and reset (a {@link java.io.BufferedInputStream}) */
    public FixedRecordReader(InputStream in, int length) throws IOException {
        this.in = in;
        this.length = length;
        in.mark(length + 2);
        byte[] head = in.readNBytes(length + 1);
        in.reset();
        boolean newline = false;
        for (byte b : head) {
            newline |= b == '\r' || b == '\n';
        }
        this.separated = newline || head.length <= length;
    }

    /** One record's bytes without its separator; null at the end. */
    public byte[] next() throws IOException {
        if (!separated) {
            byte[] record = in.readNBytes(length);
            return record.length == 0 ? null : record;
        }
        ByteArrayOutputStream record = new ByteArrayOutputStream(length + 2);
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (record.size() < 4 * length) {
                record.write(b);
            }
        }
        if (b == -1 && record.size() == 0) {
            return null;
        }
        byte[] bytes = record.toByteArray();
        int end = bytes.length;
        if (end > 0 && bytes[end - 1] == '\r') {
            end--;
        }
        return Arrays.copyOf(bytes, end);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
