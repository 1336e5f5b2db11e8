package jp.kojo.batch.zaikeiload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import jp.kojo.batch.inbox.CsvRecordReader;

/**
 * The CSV variant, its records read by {@link CsvRecordReader} (RFC 4180):
 * {@code H,YYYYMM,runKind,depositDate}, {@code D,...13 fields}, {@code T,count,monthlyTotal,bonusTotal}.
 */
final class CsvZaikeiParser implements ZaikeiParser {
    private final CsvRecordReader in;

    CsvZaikeiParser(InputStream in, Charset charset) {
        this.in = new CsvRecordReader(in, charset);
    }

    @Override
    public boolean hasEndRecord() {
        return false;
    }

    @Override
    public ZaikeiRecord next() throws IOException {
        CsvRecordReader.Row row = in.next();
        if (row == null) {
            return null;
        }
        int line = row.line();
        List<String> fields = row.fields();
        String type = fields.get(0);
        if (row.quoteProblem() != null) {
            return ZaikeiRecords.problem(line, type, ZaikeiField.RECORD, row.quoteProblem().ja,
                    row.quoteProblem().en);
        }
        int expected = switch (type) {
            case "H" -> 4;
            case "D" -> 1 + ZaikeiRecords.DATA_FIELDS;
            case "T" -> 4;
            default -> -1;
        };
        if (expected < 0) {
            return ZaikeiRecords.unknownType(line, type);
        }
        if (fields.size() != expected) {
            return ZaikeiRecords.problem(line, type, ZaikeiField.FIELD_COUNT,
                    "項目数が " + fields.size() + " です（" + expected + " であること）",
                    fields.size() + " fields, expected " + expected);
        }
        return switch (type) {
            case "H" -> ZaikeiRecords.header(line, type, fields.get(1), fields.get(2), fields.get(3));
            case "D" -> ZaikeiRecords.data(line, type,
                    fields.subList(1, fields.size()).toArray(new String[0]), false);
            default -> ZaikeiRecords.trailer(line, type, fields.get(1), fields.get(2), fields.get(3));
        };
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

}
