package jp.kojo.deduction.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import jp.kojo.deduction.entity.CycleKind;

/** A sent organisation cycle as the bank's staff see it, to reopen. */
public record SentCycleView(long organizationId, String contractNumber, String organizationName, long cycleId,
                            YearMonth yearMonth, CycleKind kind, LocalDate paymentDate, String sentBy,
                            LocalDateTime sentAt) {
    public String labelJa() {
        return yearMonth.getYear() + "年" + yearMonth.getMonthValue() + "月 " + kind.nameJa();
    }

    public String labelEn() {
        return yearMonth + " " + kind.nameEn();
    }
}
