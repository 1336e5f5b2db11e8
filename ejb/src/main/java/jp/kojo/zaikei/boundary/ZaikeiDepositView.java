package jp.kojo.zaikei.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import jp.kojo.deduction.entity.CycleStatus;

/** A deposit statement with its changes, resulting lines, totals by kind, workflow and what the caller may do. */
public record ZaikeiDepositView(long id, String contractNumber, String organizationName, String statementLabelJa,
                                LocalDate depositDate, LocalDate sendBy, boolean deadlinePassed, CycleStatus status,
                                String lastChangedBy, String approvedBy, boolean approvedAlone, LocalDateTime approvedAt,
                                String sentBy, LocalDateTime sentAt, boolean mayUpdate, boolean maySend,
                                List<ZaikeiChangeView> changes, List<ZaikeiDepositLineView> lines,
                                List<ZaikeiDepositTotal> totals, LocalDateTime printedAt) implements Serializable {
    public boolean editable() {
        return mayUpdate && !deadlinePassed && status != CycleStatus.SENT && status != CycleStatus.SETTLED;
    }

    public boolean sent() {
        return status == CycleStatus.SENT || status == CycleStatus.SETTLED;
    }
}
