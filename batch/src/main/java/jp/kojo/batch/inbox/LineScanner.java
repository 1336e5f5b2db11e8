package jp.kojo.batch.inbox;

import jp.kojo.batch.inbox.InboundFileRefused.Reason;

/**
 * Checks the bytes of an inbound file against the line limits while they are copied, without decoding them: a
 * line break, a comma and a double quote are single bytes in UTF-8 and in Windows-31J alike (no second byte of a
 * Windows-31J character is below 0x40), so counting them byte by byte is exact for both.
 *
 * <p>CSV: a physical line longer than the limit, or a record (which may span lines inside quotes) with more
 * fields than the limit, is refused at once. Fixed-length: a file without line breaks is a run of records read
 * 120 bytes at a time, so the line limit applies only to a file that has line breaks.
 */
final class LineScanner {
    private final InboundLimits limits;
    private final boolean csv;
    private final String fileName;

    private long line = 1;
    private long lineBytes;
    private long fields = 1;
    private boolean inQuotes;
    private boolean lineBreakSeen;
    private long total;
    private int last = -1;
    /** Fixed-length only: the first line over the limit, decided at the end. */
    private long firstLongLine;
    private long firstLongLength;

    LineScanner(InboundLimits limits, boolean csv, String fileName) {
        this.limits = limits;
        this.csv = csv;
        this.fileName = fileName;
    }

    void accept(byte[] buffer, int offset, int length) throws InboundFileRefused {
        for (int i = offset; i < offset + length; i++) {
            int b = buffer[i] & 0xFF;
            total++;
            last = b;
            if (b == '\n') {
                lineBreakSeen = true;
                line++;
                lineBytes = 0;
                if (csv && !inQuotes) {
                    fields = 1;
                }
                continue;
            }
            if (b != '\r') {
                lineBytes++;
                if (lineBytes > limits.maxLineBytes()) {
                    tooLong();
                }
            }
            if (csv) {
                if (b == '"') {
                    inQuotes = !inQuotes;
                } else if (b == ',' && !inQuotes) {
                    fields++;
                    if (fields > limits.maxFields()) {
                        throw new InboundFileRefused(Reason.TOO_MANY_FIELDS, fileName,
                                "（行 " + line + "、上限 " + limits.maxFields() + " 項目、設定 " + InboundLimits.MAX_FIELDS + "）",
                                " (line " + line + ", limit " + limits.maxFields() + " fields, setting "
                                        + InboundLimits.MAX_FIELDS + ")");
                    }
                }
            }
        }
    }

    private void tooLong() throws InboundFileRefused {
        if (csv || lineBreakSeen) {
            throw lineTooLong(line, lineBytes);
        }
        if (firstLongLine == 0) {
            firstLongLine = line;
        }
        firstLongLength = lineBytes;
    }

    private InboundFileRefused lineTooLong(long where, long length) {
        return new InboundFileRefused(Reason.LINE_TOO_LONG, fileName,
                "（行 " + where + " が " + length + " バイト以上、上限 " + limits.maxLineBytes() + " バイト、設定 "
                        + InboundLimits.MAX_LINE_BYTES + "）",
                " (line " + where + " has " + length + " bytes or more, limit " + limits.maxLineBytes()
                        + " bytes, setting " + InboundLimits.MAX_LINE_BYTES + ")");
    }

    /** At the end of the file: refuses a fixed-length file with line breaks whose first line was too long. */
    void finish() throws InboundFileRefused {
        if (!csv && lineBreakSeen && firstLongLine > 0) {
            throw lineTooLong(firstLongLine, firstLongLength);
        }
    }

    /** Lines in the file: line breaks, plus a last line without one. */
    long lines() {
        if (total == 0) {
            return 0;
        }
        return last == '\n' ? line - 1 : line;
    }
}
