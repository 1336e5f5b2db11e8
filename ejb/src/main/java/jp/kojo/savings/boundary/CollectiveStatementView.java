package jp.kojo.savings.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import jp.kojo.deduction.entity.CycleKind;

/** One run's breakdown statement of the caller's union, as listed for choosing. */
public record CollectiveStatementView(long id, YearMonth yearMonth, CycleKind runKind, LocalDate savingsDate,
                                      LocalDateTime loadedAt) implements Serializable {
    public String labelJa() {
        return yearMonth.getYear() + "年" + yearMonth.getMonthValue() + "月 " + (runKind == CycleKind.BONUS ? "賞与" : "月例");
    }

    public String labelEn() {
        return yearMonth + " " + (runKind == CycleKind.BONUS ? "bonus" : "monthly");
    }
}
