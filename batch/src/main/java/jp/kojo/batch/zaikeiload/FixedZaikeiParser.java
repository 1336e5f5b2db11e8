package jp.kojo.batch.zaikeiload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import jp.kojo.batch.inbox.FixedRecordReader;

/**
 * The fixed-length variant: 120-byte Windows-31J records, framed by {@link FixedRecordReader}. Layout in
 * docs/interchange.md § 3.1.
 */
final class FixedZaikeiParser implements ZaikeiParser {
    static final int RECORD_LENGTH = 120;
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    private final FixedRecordReader in;
    private int line;

    FixedZaikeiParser(InputStream in) throws IOException {
        this.in = new FixedRecordReader(in, RECORD_LENGTH);
    }

    @Override
    public boolean hasEndRecord() {
        return true;
    }

    @Override
    public ZaikeiRecord next() throws IOException {
        byte[] r = in.next();
        if (r == null) {
            return null;
        }
        int n = ++line;
        String type = r.length == 0 ? "" : new String(r, 0, 1, WINDOWS_31J);
        if (r.length != RECORD_LENGTH) {
            return ZaikeiRecords.problem(n, type, ZaikeiField.RECORD, "レコード長が " + r.length + " バイトです（120 であること）",
                    "record is " + r.length + " bytes, expected 120");
        }
        switch (type) {
            case "1": {
                ZaikeiChecks checks = new ZaikeiChecks(n);
                if (!ZaikeiRecords.DATA_KIND.equals(field(r, 1, 2))) {
                    checks.add(ZaikeiField.DATA_KIND, "種別コードは 71 であること", "data kind code must be 71");
                }
                checks.date(ZaikeiField.CREATION_DATE, field(r, 18, 8));
                ZaikeiRecord header = ZaikeiRecords.header(n, type, field(r, 3, 6), field(r, 9, 1), field(r, 10, 8));
                if (checks.ok()) {
                    return header;
                }
                java.util.List<ZaikeiProblem> all = new java.util.ArrayList<>(checks.problems());
                if (header instanceof ZaikeiRecord.Malformed m) {
                    all.addAll(m.problems());
                }
                return new ZaikeiRecord.Malformed(n, type, all, null, null);
            }
            case "2":
                return ZaikeiRecords.data(n, type, new String[] {
                    field(r, 1, 10), field(r, 11, 10), field(r, 21, 10), field(r, 31, 30), field(r, 61, 8),
                    field(r, 69, 1), field(r, 70, 8), field(r, 78, 7), field(r, 85, 7), field(r, 92, 11),
                    field(r, 103, 8), field(r, 111, 8), field(r, 119, 1)}, true);
            case "8":
                return ZaikeiRecords.trailer(n, type, field(r, 1, 8), field(r, 9, 15), field(r, 24, 15));
            case "9":
                return new ZaikeiRecord.End(n);
            default:
                return ZaikeiRecords.unknownType(n, type);
        }
    }

    /** A field by 0-based byte offset; numeric fields are never padded with spaces, so only names are trimmed later. */
    private static String field(byte[] record, int offset, int length) {
        return new String(record, offset, length, WINDOWS_31J);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
