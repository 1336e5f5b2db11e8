package jp.kojo.batch.requestload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.kojo.deduction.entity.CycleKind;
import jp.kojo.deduction.entity.Product;

/**
 * Writes deduction request files for tests, valid or with chosen defects, in both variants (docs/interchange.md).
 * Deterministic: the same arguments always give the same bytes.
 *
 * <pre>
 * List&lt;FixtureLine&gt; lines = RequestFileFixtures.lines(1000, "0000000001", "0000000002");
 * RequestFileFixtures.writeFixed(inbox.resolve("req.dat"), YearMonth.of(2025, 4), CycleKind.MONTHLY,
 *         LocalDate.of(2025, 4, 25), lines);
 * RequestFileFixtures.writeCsv(inbox.resolve("req.csv"), StandardCharsets.UTF_8, YearMonth.of(2025, 4),
 *         CycleKind.MONTHLY, LocalDate.of(2025, 4, 25), lines, Defect.TRAILER_TOTAL_MISMATCH);
 * </pre>
 */
public final class RequestFileFixtures {
    private static final Charset W31J = FixedLayout.CHARSET;
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter YYYYMM = DateTimeFormatter.ofPattern("uuuuMM");
    /** Creation date written in fixed headers. */
    public static final LocalDate CREATION_DATE = LocalDate.of(2025, 1, 6);

    private static final String[] NAMES = {
        "ﾔﾏﾀﾞ ﾀﾛｳ", "ｽｽﾞｷ ﾊﾅｺ", "ｻﾄｳ ｹﾝｼﾞ", "ﾀｶﾊｼ ﾕｳｺ", "ﾜﾀﾅﾍﾞ ｼﾞﾛｳ", "ｲﾄｳ ﾐﾎ", "ﾅｶﾑﾗ ｼｮｳﾍｲ", "ｺﾊﾞﾔｼ ｴﾘ",
    };

    /** Structural defects a written file can have; field defects come from the lines themselves. */
    public enum Defect {
        NO_HEADER, NO_TRAILER, NO_END, TRAILER_COUNT_MISMATCH, TRAILER_TOTAL_MISMATCH, DUPLICATE_LAST_LINE
    }

    /**
     * One data record. {@code nameKana} is half-width for the fixed variant (as the host sends it); the CSV
     * variant accepts either width. Use invalid values (product "99", amount 0, unknown contract) for invalid files.
     */
    public record FixtureLine(String contractNumber, String personNumber, String employeeNumber, String nameKana,
                              String productCode, String branchCode, String accountNumber, long amount) {

        public static FixtureLine of(String contractNumber, String personNumber, String employeeNumber,
                                     String nameKana, Product product, String branchCode, String accountNumber,
                                     long amount) {
            return new FixtureLine(contractNumber, personNumber, employeeNumber, nameKana, product.code(), branchCode,
                    accountNumber, amount);
        }

        public FixtureLine withContractNumber(String v) {
            return new FixtureLine(v, personNumber, employeeNumber, nameKana, productCode, branchCode, accountNumber, amount);
        }

        public FixtureLine withPersonNumber(String v) {
            return new FixtureLine(contractNumber, v, employeeNumber, nameKana, productCode, branchCode, accountNumber, amount);
        }

        public FixtureLine withNameKana(String v) {
            return new FixtureLine(contractNumber, personNumber, employeeNumber, v, productCode, branchCode, accountNumber, amount);
        }

        public FixtureLine withProductCode(String v) {
            return new FixtureLine(contractNumber, personNumber, employeeNumber, nameKana, v, branchCode, accountNumber, amount);
        }

        public FixtureLine withAmount(long v) {
            return new FixtureLine(contractNumber, personNumber, employeeNumber, nameKana, productCode, branchCode, accountNumber, v);
        }

        /** The same line with its name in full-width katakana (CSV only). */
        public FixtureLine withFullWidthName() {
            return withNameKana(KanaNames.toFullWidth(nameKana));
        }

        /** The name as Kojo stores it: full-width katakana. */
        public String storedNameKana() {
            return KanaNames.toFullWidth(KanaNames.trim(nameKana));
        }
    }

    private RequestFileFixtures() {
    }

    /**
     * {@code n} valid lines spread round-robin over the contracts, each with its own person (person number
     * 1..n, 10 digits), products cycling through {@link Product}, amounts 1,000 to 50,000 yen.
     */
    public static List<FixtureLine> lines(int n, String... contractNumbers) {
        if (contractNumbers.length == 0) {
            throw new IllegalArgumentException("at least one contract number");
        }
        List<FixtureLine> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lines.add(line(i, contractNumbers));
        }
        return lines;
    }

    /** Line {@code i} (from 0) of {@link #lines}, for a file too large to hold as a list. */
    public static FixtureLine line(int i, String... contractNumbers) {
        Product[] products = Product.values();
        return FixtureLine.of(contractNumbers[i % contractNumbers.length], String.format("%010d", i + 1),
                i % 3 == 0 ? "" : String.format("E%05d", i + 1), NAMES[i % NAMES.length],
                products[i % products.length], String.format("%03d", 1 + i % 7), String.format("%07d", 1000 + i),
                (i % 50 + 1) * 1000L);
    }

    public static long total(List<FixtureLine> lines) {
        return lines.stream().mapToLong(FixtureLine::amount).sum();
    }

    // ---- fixed variant ----

    /** A valid fixed file with CRLF separators. */
    public static Path writeFixed(Path file, YearMonth yearMonth, CycleKind kind, LocalDate deductionDate,
                                  List<FixtureLine> lines) {
        return writeFixed(file, yearMonth, kind, deductionDate, lines, true);
    }

    /** A fixed file, with CRLF separators or none (a plain 120-byte record stream), and the given defects. */
    public static Path writeFixed(Path file, YearMonth yearMonth, CycleKind kind, LocalDate deductionDate,
                                  List<FixtureLine> lines, boolean crlf, Defect... defects) {
        Set<Defect> d = defects(defects);
        List<FixtureLine> data = withDuplicate(lines, d);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (!d.contains(Defect.NO_HEADER)) {
                record(out, headerRecord(yearMonth, kind, deductionDate, CREATION_DATE, 1), crlf);
            }
            for (FixtureLine line : data) {
                record(out, dataRecord(line), crlf);
            }
            if (!d.contains(Defect.NO_TRAILER)) {
                record(out, trailerRecord(trailerCount(data, d), trailerTotal(data, d)), crlf);
            }
            if (!d.contains(Defect.NO_END)) {
                record(out, endRecord(), crlf);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Writes records as given (for files no generator would make). */
    public static Path writeFixedRecords(Path file, List<byte[]> records, boolean crlf) {
        try (OutputStream out = Files.newOutputStream(file)) {
            for (byte[] r : records) {
                record(out, r, crlf);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void record(OutputStream out, byte[] record, boolean crlf) throws IOException {
        out.write(record);
        if (crlf) {
            out.write('\r');
            out.write('\n');
        }
    }

    public static byte[] headerRecord(YearMonth yearMonth, CycleKind kind, LocalDate deductionDate,
                                      LocalDate creationDate, int fileSequence) {
        return fixed(FixedLayout.HEADER + FixedLayout.DATA_KIND_DEDUCTION_REQUEST + YYYYMM.format(yearMonth)
                + kindCode(kind) + YYYYMMDD.format(deductionDate) + YYYYMMDD.format(creationDate)
                + String.format("%04d", fileSequence));
    }

    /** A data record; fields are space-padded (the name, the employee number) or zero-padded (the amount). */
    public static byte[] dataRecord(FixtureLine l) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(FixedLayout.RECORD_LENGTH);
        b.writeBytes(new byte[] {(byte) FixedLayout.DATA});
        b.writeBytes(l.contractNumber().getBytes(W31J));
        b.writeBytes(l.personNumber().getBytes(W31J));
        b.writeBytes(pad(l.employeeNumber(), FixedLayout.D_EMPLOYEE.length()));
        b.writeBytes(pad(l.nameKana(), FixedLayout.D_NAME_KANA.length()));
        b.writeBytes(l.productCode().getBytes(W31J));
        b.writeBytes(l.branchCode().getBytes(W31J));
        b.writeBytes(l.accountNumber().getBytes(W31J));
        b.writeBytes(String.format("%010d", l.amount()).getBytes(W31J));
        return fixed(b.toByteArray());
    }

    public static byte[] trailerRecord(long count, long total) {
        return fixed(FixedLayout.TRAILER + String.format("%08d", count) + String.format("%015d", total));
    }

    public static byte[] endRecord() {
        return fixed(String.valueOf(FixedLayout.END));
    }

    /** A copy of {@code record} with {@code slot} overwritten by {@code value} (Windows-31J, no padding). */
    public static byte[] patch(byte[] record, FixedLayout.Slot slot, String value) {
        byte[] copy = record.clone();
        byte[] v = value.getBytes(W31J);
        System.arraycopy(v, 0, copy, slot.offset(), Math.min(v.length, copy.length - slot.offset()));
        return copy;
    }

    private static byte[] pad(String value, int length) {
        byte[] v = (value == null ? "" : value).getBytes(W31J);
        if (v.length >= length) {
            return v;
        }
        byte[] out = new byte[length];
        System.arraycopy(v, 0, out, 0, v.length);
        java.util.Arrays.fill(out, v.length, length, (byte) ' ');
        return out;
    }

    /** Filled up to 120 bytes with spaces; a longer record stays longer (a wrong-length fixture). */
    private static byte[] fixed(String record) {
        return fixed(record.getBytes(W31J));
    }

    private static byte[] fixed(byte[] record) {
        if (record.length >= FixedLayout.RECORD_LENGTH) {
            return record;
        }
        byte[] out = new byte[FixedLayout.RECORD_LENGTH];
        System.arraycopy(record, 0, out, 0, record.length);
        java.util.Arrays.fill(out, record.length, out.length, (byte) ' ');
        return out;
    }

    // ---- CSV variant ----

    /** A CSV file in {@code charset} (UTF-8 or windows-31j), CRLF line ends, with the given defects. */
    public static Path writeCsv(Path file, Charset charset, YearMonth yearMonth, CycleKind kind,
                                LocalDate deductionDate, List<FixtureLine> lines, Defect... defects) {
        Set<Defect> d = defects(defects);
        List<FixtureLine> data = withDuplicate(lines, d);
        List<String> rows = new ArrayList<>(data.size() + 2);
        if (!d.contains(Defect.NO_HEADER)) {
            rows.add(csvHeaderRow(yearMonth, kind, deductionDate));
        }
        for (FixtureLine line : data) {
            rows.add(csvDataRow(line));
        }
        if (!d.contains(Defect.NO_TRAILER)) {
            rows.add(csvTrailerRow(trailerCount(data, d), trailerTotal(data, d)));
        }
        return writeCsvRows(file, charset, rows);
    }

    /** Writes rows as given, each ended by CRLF. */
    public static Path writeCsvRows(Path file, Charset charset, List<String> rows) {
        try (Writer out = Files.newBufferedWriter(file, charset)) {
            for (String row : rows) {
                out.write(row);
                out.write("\r\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public static String csvHeaderRow(YearMonth yearMonth, CycleKind kind, LocalDate deductionDate) {
        return "H," + YYYYMM.format(yearMonth) + "," + kindCode(kind) + "," + YYYYMMDD.format(deductionDate);
    }

    /** A data row; the name is quoted (RFC 4180), the rest is not. */
    public static String csvDataRow(FixtureLine l) {
        return String.join(",", "D", l.contractNumber(), l.personNumber(), nullToEmpty(l.employeeNumber()),
                "\"" + l.nameKana().replace("\"", "\"\"") + "\"", l.productCode(), l.branchCode(), l.accountNumber(),
                Long.toString(l.amount()));
    }

    public static String csvTrailerRow(long count, long total) {
        return "T," + count + "," + total;
    }

    // ---- shared ----

    private static String kindCode(CycleKind kind) {
        return kind == CycleKind.MONTHLY ? "1" : "2";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Set<Defect> defects(Defect... defects) {
        Set<Defect> set = EnumSet.noneOf(Defect.class);
        set.addAll(List.of(defects));
        return set;
    }

    private static List<FixtureLine> withDuplicate(List<FixtureLine> lines, Set<Defect> d) {
        if (!d.contains(Defect.DUPLICATE_LAST_LINE) || lines.isEmpty()) {
            return lines;
        }
        List<FixtureLine> copy = new ArrayList<>(lines);
        copy.add(lines.get(lines.size() - 1));
        return copy;
    }

    private static long trailerCount(List<FixtureLine> data, Set<Defect> d) {
        return data.size() + (d.contains(Defect.TRAILER_COUNT_MISMATCH) ? 1 : 0);
    }

    private static long trailerTotal(List<FixtureLine> data, Set<Defect> d) {
        return total(data) + (d.contains(Defect.TRAILER_TOTAL_MISMATCH) ? 1 : 0);
    }
}
