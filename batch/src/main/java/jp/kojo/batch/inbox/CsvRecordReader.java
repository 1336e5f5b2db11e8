package jp.kojo.batch.inbox;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the records of an inbound CSV file, RFC 4180: quoted fields, doubled quotes, a quoted field across lines,
 * CRLF or LF; blank lines skipped, a UTF-8 BOM ignored, undecodable bytes as U+FFFD (they show up as field
 * problems), each field cut at {@value #MAX_FIELD} characters. A quote problem does not stop the reading: the
 * record says what it was, and the caller reports it with the record's line.
 */
public final class CsvRecordReader implements Closeable {
    static final int MAX_FIELD = 1024;

    /** A record: its first physical line, its fields, and a quote problem if there was one. */
    public record Row(int line, List<String> fields, QuoteProblem quoteProblem) {
    }

    public enum QuoteProblem {
        UNTERMINATED("閉じていない引用符があります", "unterminated quote"),
        MISPLACED("引用符の位置が正しくありません", "misplaced quote");

        public final String ja;
        public final String en;

        QuoteProblem(String ja, String en) {
            this.ja = ja;
            this.en = en;
        }
    }

    private final BufferedReader in;
    private int physicalLine;
    private boolean first = true;

    public CsvRecordReader(InputStream in, Charset charset) {
        var decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        this.in = new BufferedReader(new InputStreamReader(in, decoder), 16 * 1024);
    }

    /** The next record, or null at the end of the file. */
    public Row next() throws IOException {
        String text;
        do {
            text = in.readLine();
            physicalLine++;
            if (text == null) {
                return null;
            }
            if (first) {
                first = false;
                if (text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
            }
        } while (text.isEmpty());
        int line = physicalLine;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        boolean quoteMisplaced = false;
        while (true) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (inQuotes) {
                    if (c == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            append(field, '"');
                            i++;
                        } else {
                            inQuotes = false;
                        }
                    } else {
                        append(field, c);
                    }
                } else if (c == '"' && field.length() == 0) {
                    inQuotes = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    quoteMisplaced |= c == '"';
                    append(field, c);
                }
            }
            if (!inQuotes) {
                break;
            }
            String more = in.readLine();
            if (more == null) {
                break;
            }
            physicalLine++;
            append(field, '\n');
            text = more;
        }
        fields.add(field.toString());
        QuoteProblem problem = inQuotes ? QuoteProblem.UNTERMINATED : quoteMisplaced ? QuoteProblem.MISPLACED : null;
        return new Row(line, fields, problem);
    }

    private static void append(StringBuilder field, char c) {
        if (field.length() < MAX_FIELD) {
            field.append(c);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
