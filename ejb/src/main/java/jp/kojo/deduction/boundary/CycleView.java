package jp.kojo.deduction.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import jp.kojo.deduction.entity.CycleKind;

/** A cycle an organisation has requests in. */
public record CycleView(long id, YearMonth yearMonth, CycleKind kind, LocalDate deductionDate) implements Serializable {
    /** e.g. 2026年11月 月例 */
    public String labelJa() {
        return yearMonth.getYear() + "年" + yearMonth.getMonthValue() + "月 " + kind.nameJa();
    }

    /** e.g. 2026/11 Monthly: the month keeps its Japanese year/month order. */
    public String labelEn() {
        return String.format("%d/%02d %s", yearMonth.getYear(), yearMonth.getMonthValue(), kind.nameEn());
    }
}
