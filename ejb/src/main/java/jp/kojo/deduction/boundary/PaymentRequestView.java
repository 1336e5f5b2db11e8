package jp.kojo.deduction.boundary;

import java.time.LocalDateTime;

/** まとめ入金依頼書: the organisation, its cycle and the totals computed from the lines. */
public record PaymentRequestView(String contractNumber, String organizationName, OrganizationCycleView cycle,
                                 PaymentRequestTotals totals, LocalDateTime printedAt) {
}
