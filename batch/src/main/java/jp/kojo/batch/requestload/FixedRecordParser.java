package jp.kojo.batch.requestload;

import static jp.kojo.batch.requestload.FixedLayout.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import jp.kojo.deduction.entity.CycleKind;

/**
 * The fixed-length variant. Records are separated by CRLF (a bare LF is tolerated) or, when the file has no
 * line break within its first 121 bytes, follow each other without separator every 120 bytes.
 */
final class FixedRecordParser implements RequestParser {
    /** Longest line kept in memory; longer ones are only measured. */
    private static final int MAX_KEPT = 4 * RECORD_LENGTH;

    private final InputStream in;
    private Boolean separated;
    private int line;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(RECORD_LENGTH + 2);

    FixedRecordParser(InputStream in) {
        if (!in.markSupported()) {
            throw new IllegalArgumentException("needs a stream that supports mark");
        }
        this.in = in;
    }

    @Override
    public boolean hasEndRecord() {
        return true;
    }

    private boolean detectSeparated() throws IOException {
        in.mark(RECORD_LENGTH + 2);
        byte[] head = in.readNBytes(RECORD_LENGTH + 1);
        in.reset();
        for (byte b : head) {
            if (b == '\r' || b == '\n') {
                return true;
            }
        }
        return false;
    }

    /** The next record's bytes and its real length (which may exceed the bytes kept), or null at EOF. */
    private byte[] readRecordBytes(int[] length) throws IOException {
        if (separated == null) {
            separated = detectSeparated();
        }
        if (!separated) {
            byte[] record = in.readNBytes(RECORD_LENGTH);
            length[0] = record.length;
            return record.length == 0 ? null : record;
        }
        buffer.reset();
        int n = 0;
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (n < MAX_KEPT) {
                buffer.write(c);
            }
            n++;
        }
        if (c == -1 && n == 0) {
            return null;
        }
        byte[] record = buffer.toByteArray();
        if (record.length > 0 && record[record.length - 1] == '\r') {
            record = java.util.Arrays.copyOf(record, record.length - 1);
            n--;
        }
        length[0] = n;
        return record;
    }

    private static RecordKind kindOf(byte b) {
        switch (b) {
            case HEADER: return RecordKind.HEADER;
            case DATA: return RecordKind.DATA;
            case TRAILER: return RecordKind.TRAILER;
            case END: return RecordKind.END;
            default: return null;
        }
    }

    private static String field(byte[] record, Slot slot) {
        // Decoded field by field so that a stray double-byte character is caught in its own field.
        return new String(record, slot.offset(), slot.length(), CHARSET);
    }

    @Override
    public ParsedItem next() throws IOException {
        int[] length = new int[1];
        byte[] record = readRecordBytes(length);
        if (record == null) {
            return null;
        }
        line++;
        RecordKind kind = record.length > 0 ? kindOf(record[0]) : null;
        FieldChecks checks = new FieldChecks(line);
        if (length[0] != RECORD_LENGTH) {
            checks.add(Field.RECORD, "レコード長が " + length[0] + " バイトです（120 バイトであること）",
                    "record is " + length[0] + " bytes, expected 120");
            return new MalformedRecord(line, kind, checks.problems(), null);
        }
        if (kind == null) {
            String type = field(record, H_TYPE);
            checks.add(Field.RECORD_TYPE, "レコード種別「" + type + "」は不明です", "unknown record type '" + type + "'");
            return new MalformedRecord(line, null, checks.problems(), null);
        }
        switch (kind) {
            case HEADER: return header(record, checks);
            case DATA: return data(record, checks);
            case TRAILER: return trailer(record, checks);
            default: return new RequestEnd(line);
        }
    }

    private ParsedItem header(byte[] r, FieldChecks checks) {
        String dataKind = field(r, H_DATA_KIND);
        if (!DATA_KIND_DEDUCTION_REQUEST.equals(dataKind)) {
            checks.add(Field.DATA_KIND, "種別コードが " + DATA_KIND_DEDUCTION_REQUEST + "（控除依頼）ではありません",
                    "data kind code must be " + DATA_KIND_DEDUCTION_REQUEST + " (deduction request)");
        }
        YearMonth yearMonth = checks.yearMonth(field(r, H_YEAR_MONTH));
        CycleKind kind = checks.cycleKind(field(r, H_CYCLE_KIND));
        LocalDate deductionDate = checks.date(Field.DEDUCTION_DATE, field(r, H_DEDUCTION_DATE));
        LocalDate creationDate = checks.date(Field.CREATION_DATE, field(r, H_CREATION_DATE));
        String sequence = checks.digits(Field.FILE_SEQUENCE, field(r, H_FILE_SEQUENCE), H_FILE_SEQUENCE.length());
        if (!checks.ok()) {
            return new MalformedRecord(line, RecordKind.HEADER, checks.problems(), null);
        }
        return new RequestHeader(line, yearMonth, kind, deductionDate, creationDate, sequence);
    }

    private ParsedItem data(byte[] r, FieldChecks checks) {
        String contract = checks.digits(Field.CONTRACT_NUMBER, field(r, D_CONTRACT), D_CONTRACT.length());
        String person = checks.digits(Field.PERSON_NUMBER, field(r, D_PERSON), D_PERSON.length());
        String employee = checks.employeeNumber(field(r, D_EMPLOYEE));
        String name = checks.halfWidthName(field(r, D_NAME_KANA));
        String product = checks.product(field(r, D_PRODUCT));
        String branch = checks.digits(Field.BRANCH_CODE, field(r, D_BRANCH), D_BRANCH.length());
        String account = checks.digits(Field.ACCOUNT_NUMBER, field(r, D_ACCOUNT), D_ACCOUNT.length());
        String amountText = field(r, D_AMOUNT);
        Long amount = checks.digits(Field.AMOUNT, amountText, D_AMOUNT.length()) == null ? null : checks.amount(amountText);
        if (!checks.ok()) {
            return new MalformedRecord(line, RecordKind.DATA, checks.problems(), amount);
        }
        return new RequestRecord(line, contract, person, employee, name, product, branch, account, amount);
    }

    private ParsedItem trailer(byte[] r, FieldChecks checks) {
        String count = field(r, T_COUNT);
        String total = field(r, T_TOTAL);
        Long c = checks.digits(Field.RECORD_COUNT, count, T_COUNT.length()) == null ? null : checks.number(Field.RECORD_COUNT, count);
        Long t = checks.digits(Field.AMOUNT_TOTAL, total, T_TOTAL.length()) == null ? null : checks.number(Field.AMOUNT_TOTAL, total);
        if (!checks.ok()) {
            return new MalformedRecord(line, RecordKind.TRAILER, checks.problems(), null);
        }
        return new RequestTrailer(line, c, t);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
