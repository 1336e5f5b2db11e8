package jp.kojo.batch.zaikeiload;

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
import java.util.List;
import jp.kojo.deduction.entity.CycleKind;
import jp.kojo.zaikei.entity.ZaikeiKind;

/** Writes savings statement files (docs/interchange.md § 3) for tests, in both variants; deterministic. */
public final class ZaikeiFileFixtures {
    private static final Charset W31J = Charset.forName("windows-31j");
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter YYYYMM = DateTimeFormatter.ofPattern("uuuuMM");
    private static final String[] NAMES = {"ﾔﾏﾀﾞ ﾀﾛｳ", "ｽｽﾞｷ ﾊﾅｺ", "ｻﾄｳ ｹﾝｼﾞ", "ﾀｶﾊｼ ﾕｳｺ", "ｲﾄｳ ﾐﾎ"};

    private ZaikeiFileFixtures() {
    }

    /** One data record; {@code balance} and {@code lastContribution} may be null. Amounts as text to allow bad ones. */
    public record ZLine(String contractNumber, String personNumber, String employeeNumber, String nameKana,
                        LocalDate birthDate, ZaikeiKind kind, String savingsContract, String monthlyAmount,
                        String bonusAmount, Long balance, LocalDate startDate, LocalDate lastContribution,
                        boolean stopped) {
        public ZLine withMonthlyAmount(String amount) {
            return new ZLine(contractNumber, personNumber, employeeNumber, nameKana, birthDate, kind, savingsContract,
                    amount, bonusAmount, balance, startDate, lastContribution, stopped);
        }

        public ZLine withContract(String contract) {
            return new ZLine(contract, personNumber, employeeNumber, nameKana, birthDate, kind, savingsContract,
                    monthlyAmount, bonusAmount, balance, startDate, lastContribution, stopped);
        }

        long monthly() {
            return Long.parseLong(monthlyAmount);
        }

        long bonus() {
            return Long.parseLong(bonusAmount);
        }
    }

    /**
     * {@code people} people of one employer, each with a general contract; every second also housing, every third
     * pension. Savings contract numbers start at {@code firstSavingsContract}.
     */
    public static List<ZLine> lines(String contract, int people, int firstSavingsContract) {
        List<ZLine> lines = new ArrayList<>();
        int savings = firstSavingsContract;
        for (int i = 1; i <= people; i++) {
            String person = String.format("%010d", 8_000_000L + i);
            LocalDate birth = LocalDate.of(1970 + i % 25, 1 + i % 12, 1 + i % 27);
            String name = NAMES[i % NAMES.length];
            LocalDate start = birth.plusYears(25);
            lines.add(new ZLine(contract, person, "Z" + i, name, birth, ZaikeiKind.GENERAL,
                    String.format("%08d", savings++), Long.toString(10_000L * (1 + i % 3)), "50000",
                    300_000L * i, start, LocalDate.of(2026, 10, 25), false));
            if (i % 2 == 0) {
                lines.add(new ZLine(contract, person, "Z" + i, name, birth, ZaikeiKind.HOUSING,
                        String.format("%08d", savings++), "20000", "100000", 1_000_000L + 10_000L * i, start, null,
                        false));
            }
            if (i % 3 == 0) {
                lines.add(new ZLine(contract, person, "Z" + i, name, birth, ZaikeiKind.PENSION,
                        String.format("%08d", savings++), "0", "0", null, start, LocalDate.of(2023, 3, 25), true));
            }
        }
        return lines;
    }

    public static long monthlyTotal(List<ZLine> lines) {
        return lines.stream().mapToLong(ZLine::monthly).sum();
    }

    public static void writeCsv(Path file, YearMonth month, CycleKind kind, LocalDate depositDate, List<ZLine> lines) {
        StringBuilder s = new StringBuilder();
        s.append("H,").append(YYYYMM.format(month)).append(',').append(kind == CycleKind.MONTHLY ? "1" : "2")
                .append(',').append(YYYYMMDD.format(depositDate)).append("\r\n");
        long monthly = 0;
        long bonus = 0;
        for (ZLine l : lines) {
            s.append(String.join(",", "D", l.contractNumber(), l.personNumber(), nullToEmpty(l.employeeNumber()),
                    "\"" + l.nameKana() + "\"", YYYYMMDD.format(l.birthDate()), l.kind().code(), l.savingsContract(),
                    l.monthlyAmount(), l.bonusAmount(), l.balance() == null ? "" : l.balance().toString(),
                    YYYYMMDD.format(l.startDate()), l.lastContribution() == null ? "" : YYYYMMDD.format(l.lastContribution()),
                    l.stopped() ? "2" : "1")).append("\r\n");
            monthly += parseOrZero(l.monthlyAmount());
            bonus += parseOrZero(l.bonusAmount());
        }
        s.append("T,").append(lines.size()).append(',').append(monthly).append(',').append(bonus).append("\r\n");
        write(file, s.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static void writeFixed(Path file, YearMonth month, CycleKind kind, LocalDate depositDate, List<ZLine> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        record(out, "171" + YYYYMM.format(month) + (kind == CycleKind.MONTHLY ? "1" : "2") + YYYYMMDD.format(depositDate)
                + "20261101");
        long monthly = 0;
        long bonus = 0;
        for (ZLine l : lines) {
            record(out, "2" + l.contractNumber() + l.personNumber() + pad(nullToEmpty(l.employeeNumber()), 10)
                    + pad(l.nameKana(), 30) + YYYYMMDD.format(l.birthDate()) + l.kind().code() + l.savingsContract()
                    + zeros(l.monthlyAmount(), 7) + zeros(l.bonusAmount(), 7)
                    + (l.balance() == null ? " ".repeat(11) : String.format("%011d", l.balance()))
                    + YYYYMMDD.format(l.startDate())
                    + (l.lastContribution() == null ? "00000000" : YYYYMMDD.format(l.lastContribution()))
                    + (l.stopped() ? "2" : "1"));
            monthly += parseOrZero(l.monthlyAmount());
            bonus += parseOrZero(l.bonusAmount());
        }
        record(out, "8" + String.format("%08d%015d%015d", lines.size(), monthly, bonus));
        record(out, "9");
        write(file, out.toByteArray());
    }

    private static void record(ByteArrayOutputStream out, String text) {
        byte[] bytes = text.getBytes(W31J);
        byte[] record = new byte[FixedZaikeiParser.RECORD_LENGTH];
        java.util.Arrays.fill(record, (byte) ' ');
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
