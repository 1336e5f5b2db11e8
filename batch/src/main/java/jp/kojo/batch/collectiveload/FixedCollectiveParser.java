package jp.kojo.batch.collectiveload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import jp.kojo.batch.inbox.FixedRecordReader;

/**
 * The fixed-length variant: 120-byte Windows-31J records, framed by {@link FixedRecordReader}. Layout in
 * docs/interchange.md § 5.1.
 */
final class FixedCollectiveParser implements CollectiveParser {
    static final int RECORD_LENGTH = 120;
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    private final FixedRecordReader in;
    private int line;

    FixedCollectiveParser(InputStream in) throws IOException {
        this.in = new FixedRecordReader(in, RECORD_LENGTH);
    }

    @Override
    public boolean hasEndRecord() {
        return true;
    }

    @Override
    public CollectiveRecord next() throws IOException {
        byte[] r = in.next();
        if (r == null) {
            return null;
        }
        int n = ++line;
        String type = r.length == 0 ? "" : new String(r, 0, 1, WINDOWS_31J);
        if (r.length != RECORD_LENGTH) {
            return CollectiveRecords.problem(n, type, CollectiveField.RECORD,
                    "レコード長が " + r.length + " バイトです（120 であること）", "record is " + r.length + " bytes, expected 120");
        }
        switch (type) {
            case "1": {
                CollectiveChecks checks = new CollectiveChecks(n);
                if (!CollectiveRecords.DATA_KIND.equals(field(r, 1, 2))) {
                    checks.add(CollectiveField.DATA_KIND, "種別コードは 81 であること", "data kind code must be 81");
                }
                checks.date(CollectiveField.CREATION_DATE, field(r, 18, 8));
                CollectiveRecord header = CollectiveRecords.header(n, type, field(r, 3, 6), field(r, 9, 1), field(r, 10, 8));
                if (checks.ok()) {
                    return header;
                }
                List<CollectiveProblem> all = new ArrayList<>(checks.problems());
                if (header instanceof CollectiveRecord.Malformed m) {
                    all.addAll(m.problems());
                }
                return new CollectiveRecord.Malformed(n, type, all, null);
            }
            case "2":
                return CollectiveRecords.data(n, type, new String[] {
                    field(r, 1, 10), field(r, 11, 10), field(r, 21, 10), field(r, 31, 30), field(r, 61, 2),
                    field(r, 63, 3), field(r, 66, 7), field(r, 73, 7)}, true);
            case "8":
                return CollectiveRecords.trailer(n, type, field(r, 1, 8), field(r, 9, 15));
            case "9":
                return new CollectiveRecord.End(n);
            default:
                return CollectiveRecords.unknownType(n, type);
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
