package jp.kojo.batch.collectiveload;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV variant (RFC 4180: quoted fields, doubled quotes, CRLF or LF; blank lines skipped, a UTF-8 BOM ignored;
 * undecodable bytes become U+FFFD and show up as field problems): {@code H,YYYYMM,runKind,savingsDate},
 * {@code D,...8 fields}, {@code T,count,total}.
 */
final class CsvCollectiveParser implements CollectiveParser {
    private static final int MAX_FIELD = 1024;

    private final BufferedReader in;
    private int physicalLine;
    private boolean first = true;

    CsvCollectiveParser(InputStream in, Charset charset) {
        var decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        this.in = new BufferedReader(new InputStreamReader(in, decoder), 16 * 1024);
    }

    @Override
    public boolean hasEndRecord() {
        return false;
    }

    @Override
    public CollectiveRecord next() throws IOException {
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
        String type = fields.get(0);
        if (inQuotes || quoteMisplaced) {
            return CollectiveRecords.problem(line, type, CollectiveField.RECORD,
                    inQuotes ? "閉じていない引用符があります" : "引用符の位置が正しくありません",
                    inQuotes ? "unterminated quote" : "misplaced quote");
        }
        int expected = switch (type) {
            case "H" -> 4;
            case "D" -> 1 + CollectiveRecords.DATA_FIELDS;
            case "T" -> 3;
            default -> -1;
        };
        if (expected < 0) {
            return CollectiveRecords.unknownType(line, type);
        }
        if (fields.size() != expected) {
            return CollectiveRecords.problem(line, type, CollectiveField.FIELD_COUNT,
                    "項目数が " + fields.size() + " です（" + expected + " であること）",
                    fields.size() + " fields, expected " + expected);
        }
        return switch (type) {
            case "H" -> CollectiveRecords.header(line, type, fields.get(1), fields.get(2), fields.get(3));
            case "D" -> CollectiveRecords.data(line, type, fields.subList(1, fields.size()).toArray(new String[0]), false);
            default -> CollectiveRecords.trailer(line, type, fields.get(1), fields.get(2));
        };
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
