package jp.kojo.deduction.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import jp.kojo.deduction.entity.CycleKind;

/** What a printed or downloaded request list says about itself: whose, which cycle, when, and its totals. */
public record DeductionListHeader(
        String contractNumber,
        String organizationName,
        YearMonth yearMonth,
        CycleKind cycleKind,
        LocalDate deductionDate,
        LocalDateTime printedAt,
        List<ProductTotal> totals) implements Serializable {

    public long lineCount() {
        return totals.stream().mapToLong(ProductTotal::lineCount).sum();
    }

    public long requestedTotal() {
        return totals.stream().mapToLong(ProductTotal::requestedTotal).sum();
    }
}
