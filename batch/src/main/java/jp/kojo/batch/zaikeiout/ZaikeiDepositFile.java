package jp.kojo.batch.zaikeiout;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The deposit statements file for the host (財形預入データ, docs/interchange.md § 4): per sent deposit statement a
 * header {@code H}, one {@code D} per contract with its resulting amounts and change code, a trailer {@code T};
 * CSV, Windows-31J, CRLF.
 */
public final class ZaikeiDepositFile {
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    /** One sent deposit statement. */
    public record Deposit(long id, String contractNumber, LocalDate depositDate, LocalDateTime sentAt, List<Line> lines) {
    }

    /** {@code savingsContract} null for a new enrolment; {@code changeCode} "0" when unchanged. */
    public record Line(String savingsContract, String personNumber, String nameKana, LocalDate birthDate, String kindCode,
                       String changeCode, long monthly, long bonus, boolean stopped) {
    }

    private ZaikeiDepositFile() {
    }

    public static void write(List<Deposit> deposits, Writer out) throws IOException {
        for (Deposit d : deposits) {
            row(out, "H", d.contractNumber(), DATE.format(d.depositDate()), STAMP.format(d.sentAt()));
            long monthly = 0;
            long bonus = 0;
            for (Line l : d.lines()) {
                row(out, "D", l.savingsContract() == null ? "" : l.savingsContract(), l.personNumber(),
                        quoted(l.nameKana()), l.birthDate() == null ? "" : DATE.format(l.birthDate()), l.kindCode(),
                        l.changeCode(), Long.toString(l.monthly()), Long.toString(l.bonus()), l.stopped() ? "2" : "1");
                monthly += l.monthly();
                bonus += l.bonus();
            }
            row(out, "T", Integer.toString(d.lines().size()), Long.toString(monthly), Long.toString(bonus));
        }
    }

    private static void row(Writer out, String... fields) throws IOException {
        out.write(String.join(",", fields));
        out.write("\r\n");
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
