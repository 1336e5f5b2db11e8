package jp.kojo.deduction.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import jp.kojo.deduction.entity.CycleKind;
import jp.kojo.deduction.entity.CycleStatus;

/**
 * An organisation's cycle as the screens show it, with what the caller may do in it.
 *
 * @param businessDaysLeft business days from today until the cut-off (the cut-off counted), 0 when passed
 */
public record OrganizationCycleView(long cycleId, YearMonth yearMonth, CycleKind kind, LocalDate paymentDate,
                                    LocalDate cutOffDate, CycleStatus status, int businessDaysLeft,
                                    boolean cutOffPassed, String lastChangedBy, LocalDateTime lastChangedAt,
                                    String approvedBy, LocalDateTime approvedAt, boolean approvedAlone,
                                    String sentBy, LocalDateTime sentAt, String reopenedBy,
                                    LocalDateTime reopenedAt, String reopenReason,
                                    boolean callerMayUpdate, boolean callerMaySend) implements Serializable {
    /** e.g. 2026年11月 月例 */
    public String labelJa() {
        return yearMonth.getYear() + "年" + yearMonth.getMonthValue() + "月 " + kind.nameJa();
    }

    public String labelEn() {
        return yearMonth + " " + kind.nameEn();
    }

    public boolean editable() {
        return status == CycleStatus.ISSUED || status == CycleStatus.IN_PROGRESS || status == CycleStatus.APPROVED;
    }
}
