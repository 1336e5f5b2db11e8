package jp.kojo.batch.zaikeiload;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import jp.kojo.deduction.entity.CycleKind;
import jp.kojo.zaikei.entity.ZaikeiKind;

/** A record of a savings statement file after its field checks. */
public sealed interface ZaikeiRecord {
    int line();

    record Header(int line, YearMonth yearMonth, CycleKind runKind, LocalDate depositDate) implements ZaikeiRecord {
    }

    /** {@code employeeNumber}, {@code balance} and {@code lastContribution} are null when not given. */
    record Data(int line, String contractNumber, String personNumber, String employeeNumber, String nameKana,
                LocalDate birthDate, ZaikeiKind kind, String savingsContract, long monthlyAmount, long bonusAmount,
                Long balance, LocalDate startDate, LocalDate lastContribution, boolean stopped) implements ZaikeiRecord {
    }

    record Trailer(int line, long count, long monthlyTotal, long bonusTotal) implements ZaikeiRecord {
    }

    record End(int line) implements ZaikeiRecord {
    }

    /**
     * A record with problems; {@code type} is the record type letter or digit as read. The amounts are those that
     * were readable (null otherwise), so the trailer totals can still be compared.
     */
    record Malformed(int line, String type, List<ZaikeiProblem> problems, Long monthlyAmount, Long bonusAmount)
            implements ZaikeiRecord {
        public Malformed {
            problems = List.copyOf(problems);
        }
    }
}
