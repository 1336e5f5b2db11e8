package jp.kojo.batch.resultsout;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import jp.kojo.deduction.entity.CycleKind;

/**
 * One organisation cycle in a results file: one export of one sending. {@code exportNumber} counts the
 * exports of this organisation cycle (1 the first time, 2 after the bank reopened it and it was sent again...).
 */
public record ExportGroup(long exportId, long organizationCycleId, long organizationId, long cycleId,
                         String contractNumber, boolean payroll, YearMonth yearMonth, CycleKind kind,
                         LocalDate deductionDate, LocalDate paymentDate, LocalDateTime sentAt, int exportNumber,
                         LocalDate createdOn) {
    public boolean correction() {
        return exportNumber > 1;
    }
}
