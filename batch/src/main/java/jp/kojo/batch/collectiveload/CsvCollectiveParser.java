package jp.kojo.batch.collectiveload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import jp.kojo.batch.inbox.CsvRecordReader;

/**
 * The CSV variant, its records read by {@link CsvRecordReader} (RFC 4180): {@code H,YYYYMM,runKind,savingsDate},
 * {@code D,...8 fields}, {@code T,count,total}.
 */
final class CsvCollectiveParser implements CollectiveParser {
    private final CsvRecordReader in;

    CsvCollectiveParser(InputStream in, Charset charset) {
        this.in = new CsvRecordReader(in, charset);
    }

    @Override
    public boolean hasEndRecord() {
        return false;
    }

    @Override
    public CollectiveRecord next() throws IOException {
        CsvRecordReader.Row row = in.next();
        if (row == null) {
            return null;
        }
        int line = row.line();
        List<String> fields = row.fields();
        String type = fields.get(0);
        if (row.quoteProblem() != null) {
            return CollectiveRecords.problem(line, type, CollectiveField.RECORD, row.quoteProblem().ja,
                    row.quoteProblem().en);
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

    @Override
    public void close() throws IOException {
        in.close();
    }
}
