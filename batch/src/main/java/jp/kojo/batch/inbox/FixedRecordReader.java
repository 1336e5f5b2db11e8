package jp.kojo.batch.inbox;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The records of a host file of fixed-length records, as bytes: each followed by CRLF (or LF), or none at all (a
 * record stream, recognised by no CR or LF in the first {@code length + 1} bytes). A record of the wrong length
 * comes back as it is, for the parser to refuse with its line ({@link #lastLength()} is its real length); one
 * without an end is cut at four records' length, so an endless line cannot fill the heap.
 *
 * <p>It reads the stream in blocks into a buffer of its own and looks for the line ends there: a file of a million
 * records is a hundred million bytes, and reading them one {@code read()} at a time cost most of a parse.
 */
public final class FixedRecordReader implements Closeable {
    private static final int BLOCK = 64 * 1024;

    private final InputStream in;
    private final int length;
    private final int maxKept;
    private final boolean separated;
    private final byte[] buffer;
    private int position;
    private int limit;
    private boolean endOfStream;
    private int lastLength;

    public FixedRecordReader(InputStream in, int length) throws IOException {
        this.in = in;
        this.length = length;
        this.maxKept = 4 * length;
        this.buffer = new byte[Math.max(BLOCK, length + 2)];
        while (limit <= length && fill()) {
            // until the first length + 1 bytes are here, or the stream ends
        }
        boolean newline = false;
        for (int i = 0; i < Math.min(limit, length + 1); i++) {
            newline |= buffer[i] == '\r' || buffer[i] == '\n';
        }
        this.separated = newline || limit <= length;
    }

    /** Reads more bytes after those not yet consumed; false at the end of the stream. */
    private boolean fill() throws IOException {
        if (endOfStream) {
            return false;
        }
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        if (limit == buffer.length) {
            return true;
        }
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
            endOfStream = true;
            return false;
        }
        limit += n;
        return true;
    }

    /** One record's bytes without its separator; null at the end. */
    public byte[] next() throws IOException {
        return separated ? nextLine() : nextBlock();
    }

    /** The real length in bytes of the record {@link #next()} returned last, even when it was cut. */
    public int lastLength() {
        return lastLength;
    }

    private byte[] nextBlock() throws IOException {
        while (limit - position < length && fill()) {
            // until a whole record is here, or the stream ends
        }
        int n = Math.min(length, limit - position);
        if (n == 0) {
            return null;
        }
        byte[] record = Arrays.copyOfRange(buffer, position, position + n);
        position += n;
        lastLength = n;
        return record;
    }

    private byte[] nextLine() throws IOException {
        byte[] kept = null;
        int keptLength = 0;
        int total = 0;
        byte last = 0;
        while (true) {
            int newline = indexOfNewline();
            int end = newline < 0 ? limit : newline;
            int n = end - position;
            if (n > 0) {
                if (kept == null && newline >= 0 && n <= maxKept) {
                    // The usual case: the whole line is in the buffer.
                    kept = Arrays.copyOfRange(buffer, position, end);
                    keptLength = n;
                } else {
                    if (kept == null || kept.length < maxKept) {
                        kept = kept == null ? new byte[maxKept] : Arrays.copyOf(kept, maxKept);
                    }
                    int copied = Math.min(n, maxKept - keptLength);
                    System.arraycopy(buffer, position, kept, keptLength, copied);
                    keptLength += copied;
                }
                total += n;
                last = buffer[end - 1];
            }
            position = end;
            if (newline >= 0) {
                position++;
                break;
            }
            if (!fill()) {
                if (total == 0) {
                    return null;
                }
                break;
            }
        }
        if (last == '\r') {
            total--;
            if (keptLength == total + 1) {
                keptLength--;
            }
        }
        lastLength = total;
        return kept == null ? new byte[0] : kept.length == keptLength ? kept : Arrays.copyOf(kept, keptLength);
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
