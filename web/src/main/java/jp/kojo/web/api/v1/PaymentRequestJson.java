package jp.kojo.web.api.v1;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import jp.kojo.deduction.boundary.PaymentRequestTotals;
import jp.kojo.deduction.boundary.PaymentRequestView;

/** まとめ入金依頼書: per product requested, excluded (not deducted or payment stop) and payable; and in all. */
@JsonbPropertyOrder({"contractNumber", "organizationName", "cycle", "products", "total", "computedAt"})
public record PaymentRequestJson(String contractNumber, String organizationName, CycleJson cycle,
                                 List<Row> products, Row total, String computedAt) {
    /** {@code product} and {@code productCode} are null on the total. */
    @JsonbNillable
    @JsonbPropertyOrder({"product", "productCode", "requestedCount", "requestedAmount", "excludedCount",
            "excludedAmount", "payableCount", "payableAmount"})
    public record Row(String product, String productCode, long requestedCount, long requestedAmount,
                      long excludedCount, long excludedAmount, long payableCount, long payableAmount) {
        static Row of(PaymentRequestTotals.Row r) {
            return new Row(r.product() == null ? null : r.product().name(),
                    r.product() == null ? null : r.product().code(), r.requestedCount(), r.requestedAmount(),
                    r.excludedCount(), r.excludedAmount(), r.payableCount(), r.payableAmount());
        }
    }

    static PaymentRequestJson of(PaymentRequestView v) {
        return new PaymentRequestJson(v.contractNumber(), v.organizationName(), CycleJson.of(v.cycle()),
                v.totals().products().stream().map(Row::of).toList(), Row.of(v.totals().total()),
                CycleJson.time(v.printedAt()));
    }
}
