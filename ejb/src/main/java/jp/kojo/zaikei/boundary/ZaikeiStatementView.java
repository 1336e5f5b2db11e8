package jp.kojo.zaikei.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import jp.kojo.deduction.entity.CycleKind;

/** One run's statement of the caller's employer, as listed for choosing. */
public record ZaikeiStatementView(long id, YearMonth yearMonth, CycleKind runKind, LocalDate depositDate,
                                  LocalDateTime loadedAt) implements Serializable {
    public String labelJa() {
        return yearMonth.getYear() + "年" + yearMonth.getMonthValue() + "月 " + (runKind == CycleKind.BONUS ? "賞与" : "月例");
    }

    public String labelEn() {
        return yearMonth + " " + (runKind == CycleKind.BONUS ? "bonus" : "monthly");
    }
}
