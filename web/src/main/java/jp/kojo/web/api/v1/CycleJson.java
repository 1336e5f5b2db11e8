package jp.kojo.web.api.v1;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import jp.kojo.deduction.boundary.OrganizationCycleView;
import jp.kojo.platform.ClockProducer;

/** A cycle of the caller's organisation: dates as ISO 8601, times with the +09:00 offset, enums by name. */
@JsonbNillable
@JsonbPropertyOrder({"id", "kind", "month", "paymentDate", "cutOffDate", "status", "cutOffPassed",
        "businessDaysLeft", "lastChangedBy", "lastChangedAt", "approvedBy", "approvedAt", "approvedAlone", "sentBy",
        "sentAt", "reopenReason", "callerMayUpdate", "callerMaySend"})
public record CycleJson(long id, String kind, String month, String paymentDate, String cutOffDate, String status,
                        boolean cutOffPassed, int businessDaysLeft, String lastChangedBy, String lastChangedAt,
                        String approvedBy, String approvedAt, boolean approvedAlone, String sentBy, String sentAt,
                        String reopenReason, boolean callerMayUpdate, boolean callerMaySend) {
    static CycleJson of(OrganizationCycleView c) {
        return new CycleJson(c.cycleId(), c.kind().name(), c.yearMonth().toString(), date(c.paymentDate()),
                date(c.cutOffDate()), c.status().name(), c.cutOffPassed(), c.businessDaysLeft(), c.lastChangedBy(),
                time(c.lastChangedAt()), c.approvedBy(), time(c.approvedAt()), c.approvedAlone(), c.sentBy(),
                time(c.sentAt()), c.reopenReason(), c.callerMayUpdate(), c.callerMaySend());
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static String time(LocalDateTime time) {
        return time == null ? null
                : time.truncatedTo(ChronoUnit.SECONDS).atZone(ClockProducer.TOKYO).toOffsetDateTime().toString();
    }
}
