package jp.kojo.batch.collectiveload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.kojo.deduction.entity.CycleKind;

/** Writes union-wide savings breakdown files (docs/interchange.md § 5) for tests, in both variants; deterministic. */
public final class CollectiveFileFixtures {
    private static final Charset W31J = Charset.forName("windows-31j");
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter YYYYMM = DateTimeFormatter.ofPattern("uuuuMM");
    private static final String[] NAMES = {"ﾔﾏﾀﾞ ﾀﾛｳ", "ｽｽﾞｷ ﾊﾅｺ", "ｻﾄｳ ｹﾝｼﾞ", "ﾀｶﾊｼ ﾕｳｺ", "ｲﾄｳ ﾐﾎ"};

    private CollectiveFileFixtures() {
    }

    /** One data record; the product code and amount as text to allow bad ones. */
    public record CLine(String contractNumber, String memberNumber, String employeeNumber, String nameKana,
                        String productCode, String branchCode, String accountNumber, String amount) {
        public CLine withAmount(String value) {
            return new CLine(contractNumber, memberNumber, employeeNumber, nameKana, productCode, branchCode,
                    accountNumber, value);
        }

        public CLine withProduct(String code) {
            return new CLine(contractNumber, memberNumber, employeeNumber, nameKana, code, branchCode, accountNumber,
                    amount);
        }

        public CLine withContract(String contract) {
            return new CLine(contract, memberNumber, employeeNumber, nameKana, productCode, branchCode, accountNumber,
                    amount);
        }
    }

    /**
     * {@code members} members of one union, numbered from {@code firstMember}: each saves 10,000 to 30,000 yen into
     * an installment time deposit (11); every second also 20,000 into installment savings (12); every third 5,000
     * into the ordinary account (13).
     */
    public static List<CLine> lines(String contract, int members, long firstMember) {
        List<CLine> lines = new ArrayList<>();
        for (int i = 1; i <= members; i++) {
            String member = String.format("%010d", firstMember + i - 1);
            String name = NAMES[i % NAMES.length];
            String account = String.format("%07d", 3_000_000 + i);
            lines.add(new CLine(contract, member, "U" + i, name, "11", "101", account, Long.toString(10_000L * (1 + i % 3))));
            if (i % 2 == 0) {
                lines.add(new CLine(contract, member, "U" + i, name, "12", "101", account, "20000"));
            }
            if (i % 3 == 0) {
                lines.add(new CLine(contract, member, null, name, "13", "101", account, "5000"));
            }
        }
        return lines;
    }

    public static long total(List<CLine> lines) {
        return lines.stream().mapToLong(l -> parseOrZero(l.amount())).sum();
    }

    public static void writeCsv(Path file, YearMonth month, CycleKind kind, LocalDate savingsDate, List<CLine> lines) {
        StringBuilder s = new StringBuilder();
        s.append("H,").append(YYYYMM.format(month)).append(',').append(kind == CycleKind.MONTHLY ? "1" : "2")
                .append(',').append(YYYYMMDD.format(savingsDate)).append("\r\n");
        for (CLine l : lines) {
            s.append(String.join(",", "D", l.contractNumber(), l.memberNumber(), nullToEmpty(l.employeeNumber()),
                    "\"" + l.nameKana() + "\"", l.productCode(), l.branchCode(), l.accountNumber(), l.amount()))
                    .append("\r\n");
        }
        s.append("T,").append(lines.size()).append(',').append(total(lines)).append("\r\n");
        write(file, s.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static void writeFixed(Path file, YearMonth month, CycleKind kind, LocalDate savingsDate, List<CLine> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        record(out, "181" + YYYYMM.format(month) + (kind == CycleKind.MONTHLY ? "1" : "2") + YYYYMMDD.format(savingsDate)
                + "20261101");
        for (CLine l : lines) {
            record(out, "2" + l.contractNumber() + l.memberNumber() + pad(nullToEmpty(l.employeeNumber()), 10)
                    + pad(l.nameKana(), 30) + l.productCode() + l.branchCode() + l.accountNumber()
                    + zeros(l.amount(), 7));
        }
        record(out, "8" + String.format("%08d%015d", lines.size(), total(lines)));
        record(out, "9");
        write(file, out.toByteArray());
    }

    private static void record(ByteArrayOutputStream out, String text) {
        byte[] bytes = text.getBytes(W31J);
        byte[] record = new byte[FixedCollectiveParser.RECORD_LENGTH];
        Arrays.fill(record, (byte) ' ');
        System.arraycopy(bytes, 0, record, 0, Math.min(bytes.length, record.length));
        out.writeBytes(record);
        out.writeBytes(new byte[] {'\r', '\n'});
    }

    private static String pad(String text, int length) {
        return text + " ".repeat(Math.max(0, length - text.length()));
    }

    private static String zeros(String digits, int length) {
        return "0".repeat(Math.max(0, length - digits.length())) + digits;
    }

    private static long parseOrZero(String amount) {
        try {
            return Long.parseLong(amount);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
