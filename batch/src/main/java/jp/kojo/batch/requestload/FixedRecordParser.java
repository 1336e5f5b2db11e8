package jp.kojo.batch.requestload;

import static jp.kojo.batch.requestload.FixedLayout.*;

import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import jp.kojo.batch.inbox.FixedRecordReader;
import jp.kojo.deduction.entity.CycleKind;

/**
 * The fixed-length variant. Records are separated by CRLF (a bare LF is tolerated) or, when the file has no
 * line break within its first 121 bytes, follow each other without separator every 120 bytes.
 */
final class FixedRecordParser implements RequestParser {
    private final FixedRecordReader records;
    private int line;

    FixedRecordParser(InputStream in) throws IOException {
        this.records = new FixedRecordReader(in, RECORD_LENGTH);
    }

    @Override
    public boolean hasEndRecord() {
        return true;
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
        // Decoded field by field so that a stray double-byte character is caught in its own field. Most fields
        // are ASCII, the same in Windows-31J: those skip the decoder.
        int end = slot.offset() + slot.length();
        for (int i = slot.offset(); i < end; i++) {
            if (record[i] < 0) {
                return new String(record, slot.offset(), slot.length(), CHARSET);
            }
        }
        return new String(record, slot.offset(), slot.length(), StandardCharsets.ISO_8859_1);
    }

    @Override
    public ParsedItem next() throws IOException {
        byte[] record = records.next();
        if (record == null) {
            return null;
        }
        int length = records.lastLength();
        line++;
        RecordKind kind = record.length > 0 ? kindOf(record[0]) : null;
        FieldChecks checks = new FieldChecks(line);
        if (length != RECORD_LENGTH) {
            checks.add(Field.RECORD, "レコード長が " + length + " バイトです（120 バイトであること）",
                    "record is " + length + " bytes, expected 120");
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
        records.close();
    }
}
