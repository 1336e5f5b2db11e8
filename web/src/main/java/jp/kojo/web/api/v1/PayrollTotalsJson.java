package jp.kojo.web.api.v1;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import jp.kojo.deduction.boundary.PayrollProductTotal;
import jp.kojo.deduction.boundary.PayrollTotals;

/** A payroll cycle's totals by product and over all: requested, deducted, difference, lines without a result. */
@JsonbPropertyOrder({"products", "total"})
public record PayrollTotalsJson(List<Row> products, Row total) {
    /** One product's figures (product null in the total). */
    @JsonbNillable
    @JsonbPropertyOrder({"product", "productCode", "lineCount", "requestedAmount", "deductedAmount", "differenceAmount",
            "withoutResult"})
    public record Row(String product, String productCode, long lineCount, long requestedAmount, long deductedAmount,
                      long differenceAmount, long withoutResult) {
        static Row of(PayrollProductTotal t) {
            return new Row(t.product() == null ? null : t.product().name(), t.product() == null ? null : t.product().code(),
                    t.lineCount(), t.requestedAmount(), t.deductedAmount(), t.differenceAmount(), t.withoutResult());
        }
    }

    static PayrollTotalsJson of(PayrollTotals totals) {
        return new PayrollTotalsJson(totals.products().stream().map(Row::of).toList(), Row.of(totals.total()));
    }
}
