package jp.kojo.batch.collectiveload;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import jp.kojo.deduction.entity.CycleKind;
import jp.kojo.savings.boundary.SavingsProduct;

/** A record of a breakdown file after its field checks. */
public sealed interface CollectiveRecord {
    int line();

    record Header(int line, YearMonth yearMonth, CycleKind runKind, LocalDate savingsDate) implements CollectiveRecord {
    }

    /** {@code employeeNumber} is null when not given. */
    record Data(int line, String contractNumber, String memberNumber, String employeeNumber, String nameKana,
                SavingsProduct product, String branchCode, String accountNumber, long amount) implements CollectiveRecord {
    }

    record Trailer(int line, long count, long amountTotal) implements CollectiveRecord {
    }

    record End(int line) implements CollectiveRecord {
    }

    /**
     * A record with problems; {@code type} is the record type letter or digit as read. The amount is the one that
     * was readable (null otherwise), so the trailer's total can still be compared.
     */
    record Malformed(int line, String type, List<CollectiveProblem> problems, Long amount) implements CollectiveRecord {
        public Malformed {
            problems = List.copyOf(problems);
        }
    }
}
