package jp.kojo.batch.requestload;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.kojo.deduction.entity.CycleKind;

/**
 * The CSV variant (RFC 4180: quoted fields, doubled quotes, CRLF or LF). Blank lines are skipped and a UTF-8
 * byte-order mark is ignored. Undecodable bytes become U+FFFD, so they show up as field problems.
 */
final class CsvRecordParser implements RequestParser {
    private static final int MAX_FIELD = 1024;

    private final PushbackReader in;
    private int physicalLine = 1;
    private boolean first = true;

    /** Fields of the record just read, its first line and any syntax problem. */
    private final List<String> fields = new ArrayList<>();
    private int recordLine;
    private String syntaxProblem;

    CsvRecordParser(InputStream in, Charset charset) {
        var decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        this.in = new PushbackReader(new BufferedReader(new InputStreamReader(in, decoder), 16 * 1024), 1);
    }

    @Override
    public boolean hasEndRecord() {
        return false;
    }

    /** Reads one record into {@link #fields}; false at EOF. */
    private boolean readRecord() throws IOException {
        while (true) {
            fields.clear();
            syntaxProblem = null;
            recordLine = physicalLine;
            StringBuilder field = new StringBuilder();
            boolean inQuotes = false;
            boolean quoted = false;
            boolean any = false;
            int c;
            while (true) {
                c = in.read();
                if (first) {
                    first = false;
                    if (c == '\uFEFF') {
                        continue;
                    }
                }
                if (c == -1) {
                    if (!any) {
                        return false;
                    }
                    if (inQuotes) {
                        syntaxProblem = "閉じていない引用符があります / unterminated quote";
                    }
                    break;
                }
                any = true;
                if (inQuotes) {
                    if (c == '"') {
                        int next = in.read();
                        if (next == '"') {
                            append(field, '"');
                        } else {
                            inQuotes = false;
                            if (next != -1) {
                                in.unread(next);
                            }
                        }
                    } else {
                        if (c == '\n') {
                            physicalLine++;
                        }
                        append(field, (char) c);
                    }
                } else if (c == '"' && field.length() == 0 && !quoted) {
                    inQuotes = true;
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    quoted = false;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r') {
                        int next = in.read();
                        if (next != '\n' && next != -1) {
                            in.unread(next);
                        }
                    }
                    physicalLine++;
                    break;
                } else {
                    if (c == '"') {
                        syntaxProblem = "引用符の位置が正しくありません / misplaced quote";
                    }
                    append(field, (char) c);
                }
            }
            fields.add(field.toString());
            boolean blank = fields.size() == 1 && fields.get(0).isEmpty() && !quoted;
            if (!blank) {
                return true;
            }
            if (c == -1) {
                return false;
            }
        }
    }

    private static void append(StringBuilder field, char c) {
        if (field.length() < MAX_FIELD) {
            field.append(c);
        }
    }

    @Override
    public ParsedItem next() throws IOException {
        if (!readRecord()) {
            return null;
        }
        int line = recordLine;
        FieldChecks checks = new FieldChecks(line);
        String type = fields.get(0);
        RecordKind kind;
        int expected;
        switch (type) {
            case "H": kind = RecordKind.HEADER; expected = 4; break;
            case "D": kind = RecordKind.DATA; expected = 9; break;
            case "T": kind = RecordKind.TRAILER; expected = 3; break;
            default:
                checks.add(Field.RECORD_TYPE, "レコード種別「" + type + "」は不明です", "unknown record type '" + type + "'");
                return new MalformedRecord(line, null, checks.problems(), null);
        }
        if (syntaxProblem != null) {
            int slash = syntaxProblem.indexOf(" / ");
            checks.add(Field.RECORD, syntaxProblem.substring(0, slash), syntaxProblem.substring(slash + 3));
            return new MalformedRecord(line, kind, checks.problems(), null);
        }
        if (fields.size() != expected) {
            checks.add(Field.FIELD_COUNT, "項目数が " + fields.size() + " です（" + expected + " であること）",
                    fields.size() + " fields, expected " + expected);
            return new MalformedRecord(line, kind, checks.problems(), null);
        }
        switch (kind) {
            case HEADER: {
                YearMonth yearMonth = checks.yearMonth(fields.get(1));
                CycleKind cycleKind = checks.cycleKind(fields.get(2));
                LocalDate date = checks.date(Field.DEDUCTION_DATE, fields.get(3));
                return checks.ok()
                        ? new RequestHeader(line, yearMonth, cycleKind, date, null, null)
                        : new MalformedRecord(line, kind, checks.problems(), null);
            }
            case DATA: {
                String contract = checks.digits(Field.CONTRACT_NUMBER, fields.get(1), 10);
                String person = checks.digits(Field.PERSON_NUMBER, fields.get(2), 10);
                String employee = checks.employeeNumber(fields.get(3));
                String name = checks.kanaName(fields.get(4));
                String product = checks.product(fields.get(5));
                String branch = checks.digits(Field.BRANCH_CODE, fields.get(6), 3);
                String account = checks.digits(Field.ACCOUNT_NUMBER, fields.get(7), 7);
                Long amount = checks.amount(fields.get(8));
                return checks.ok()
                        ? new RequestRecord(line, contract, person, employee, name, product, branch, account, amount)
                        : new MalformedRecord(line, kind, checks.problems(), amount);
            }
            default: {
                Long count = checks.number(Field.RECORD_COUNT, fields.get(1));
                Long total = checks.number(Field.AMOUNT_TOTAL, fields.get(2));
                return checks.ok()
                        ? new RequestTrailer(line, count, total)
                        : new MalformedRecord(line, kind, checks.problems(), null);
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
