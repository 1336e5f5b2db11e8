package jp.kojo.batch.resultsout;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import jp.kojo.deduction.entity.CycleKind;

/**
 * The 120-byte records of the results file (控除結果データ), docs/interchange.md § 2. Every field is
 * single-byte (digits, ASCII, half-width kana), so a record of 120 characters is 120 bytes in Windows-31J.
 * A value that does not fit its field fails the export: the host must never get a truncated number.
 */
public final class ResultRecords {
    public static final int RECORD_LENGTH = 120;
    public static final Charset CHARSET = Charset.forName("windows-31j");
    /** 種別コード of a results file (the request file is 61). */
    public static final String DATA_KIND_RESULTS = "62";

    public static final char HEADER = '1';
    public static final char DATA = '2';
    public static final char TOTALS = '7';
    public static final char TRAILER = '8';
    public static final char END = '9';

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("yyyyMM");

    private ResultRecords() {
    }

    /** ヘッダーレコード: one per organisation cycle. */
    public static String header(ExportGroup g, char serviceType) {
        return new Record(HEADER)
                .text(DATA_KIND_RESULTS, 2)
                .digits(g.contractNumber(), 10)
                .text(YEAR_MONTH.format(g.yearMonth()), 6)
                .text(g.kind() == CycleKind.MONTHLY ? "1" : "2", 1)
                .date(g.deductionDate())
                .date(g.paymentDate())
                .date(g.createdOn())
                .text(String.valueOf(serviceType), 1)
                .number(g.exportNumber(), 2)
                .text(g.correction() ? "1" : "0", 1)
                .text(TIMESTAMP.format(g.sentAt()), 14)
                .end();
    }

    /** データレコード: one per line, in line-number order. */
    public static String data(String contractNumber, ExportLine line, LineResult result) {
        return new Record(DATA)
                .digits(contractNumber, 10)
                .number(line.lineNumber(), 6)
                .digits(line.personNumber(), 10)
                .text(line.employeeNumber() == null ? "" : line.employeeNumber(), 10)
                .text(HalfWidthKana.of(line.nameKana()), 30, true)
                .digits(line.productCode(), 2)
                .digits(line.branchCode(), 3)
                .digits(line.accountNumber(), 7)
                .number(line.requestedAmount(), 10)
                .number(result.deductedAmount(), 10)
                .text(String.valueOf(result.kind().code()), 1)
                .text(String.valueOf(ReasonCodes.of(line.reason())), 1)
                .text(line.paymentStopped() ? "1" : "0", 1)
                .end();
    }

    /** 集計レコード: one per product of the organisation cycle, in product-code order. */
    public static String totals(String contractNumber, String productCode, ResultTotals.Sums s) {
        return sums(new Record(TOTALS).digits(contractNumber, 10).digits(productCode, 2), s).end();
    }

    /** トレーラーレコード: the organisation cycle's totals over all products. */
    public static String trailer(String contractNumber, ResultTotals.Sums s) {
        return sums(new Record(TRAILER).digits(contractNumber, 10), s).end();
    }

    /** エンドレコード: last record of the file, with the number of organisation cycles in it. */
    public static String end(int groups) {
        return new Record(END).number(groups, 6).end();
    }

    private static Record sums(Record r, ResultTotals.Sums s) {
        return r.number(s.requestedCount(), 8).number(s.requestedAmount(), 15)
                .number(s.notDeductedCount(), 8).number(s.notDeductedAmount(), 15)
                .number(s.stoppedCount(), 8).number(s.stoppedAmount(), 15)
                .number(s.payableCount(), 8).number(s.payableAmount(), 15);
    }

    /** 事由コード: 0 none, 1 退職, 2 休職, 3 死亡, 4 給与不足, 9 その他. */
    static final class ReasonCodes {
        private ReasonCodes() {
        }

        static char of(String reason) {
            if (reason == null) {
                return '0';
            }
            return switch (reason) {
                case "RETIRED" -> '1';
                case "LEAVE" -> '2';
                case "DECEASED" -> '3';
                case "INSUFFICIENT_PAY" -> '4';
                case "OTHER" -> '9';
                default -> throw new IllegalArgumentException("unknown reason " + reason);
            };
        }
    }

    /** A record being built left to right; {@link #end()} pads it with spaces to 120 characters. */
    private static final class Record {
        private final StringBuilder sb = new StringBuilder(RECORD_LENGTH);

        Record(char type) {
            sb.append(type);
        }

        Record number(long value, int length) {
            String s = Long.toString(value);
            if (value < 0 || s.length() > length) {
                throw new IllegalArgumentException("value " + value + " does not fit " + length + " digits");
            }
            sb.append("0".repeat(length - s.length())).append(s);
            return this;
        }

        Record digits(String value, int length) {
            if (value == null || value.length() != length || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("not " + length + " digits: " + value);
            }
            sb.append(value);
            return this;
        }

        Record date(LocalDate date) {
            return text(DATE.format(date), 8);
        }

        Record text(String value, int length) {
            return text(value, length, false);
        }

        /** Left-aligned, space-padded; a name may be cut at the field's end, anything else must fit. */
        Record text(String value, int length, boolean mayCut) {
            String s = value;
            if (s.length() > length) {
                if (!mayCut) {
                    throw new IllegalArgumentException("'" + value + "' does not fit " + length + " characters");
                }
                s = s.substring(0, length);
            }
            if (!s.chars().allMatch(c -> (c >= 0x20 && c < 0x7F) || (c >= 0xFF61 && c <= 0xFF9F))) {
                throw new IllegalArgumentException("not single-byte: " + value);
            }
            sb.append(s).append(" ".repeat(length - s.length()));
            return this;
        }

        String end() {
            if (sb.length() > RECORD_LENGTH) {
                throw new IllegalStateException("record longer than " + RECORD_LENGTH + ": " + sb.length());
            }
            return sb.append(" ".repeat(RECORD_LENGTH - sb.length())).toString();
        }
    }
}
