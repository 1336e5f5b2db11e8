package jp.kojo.batch.resultsout;

import java.util.Map;
import java.util.TreeMap;

/**
 * Totals of one organisation cycle's results, per product (in product-code order) and over all: requested,
 * not deducted, payment stopped (入金中止, always lines also not deducted) and to be paid (the deducted amounts,
 * which for the lump-sum type is the requested total less the lines not deducted, as on the payment request).
 */
public final class ResultTotals {
    /** Counts and amounts of one product or of all. */
    public record Sums(long requestedCount, long requestedAmount, long notDeductedCount, long notDeductedAmount,
                       long stoppedCount, long stoppedAmount, long payableCount, long payableAmount) {
        static final Sums ZERO = new Sums(0, 0, 0, 0, 0, 0, 0, 0);

        Sums plus(Sums o) {
            return new Sums(requestedCount + o.requestedCount, Math.addExact(requestedAmount, o.requestedAmount),
                    notDeductedCount + o.notDeductedCount, Math.addExact(notDeductedAmount, o.notDeductedAmount),
                    stoppedCount + o.stoppedCount, Math.addExact(stoppedAmount, o.stoppedAmount),
                    payableCount + o.payableCount, Math.addExact(payableAmount, o.payableAmount));
        }
    }

    private final Map<String, Sums> byProduct = new TreeMap<>();
    private Sums total = Sums.ZERO;

    public void add(ExportLine line, LineResult result) {
        boolean notDeducted = result.kind() == ResultKind.NOT_DEDUCTED;
        Sums one = new Sums(1, line.requestedAmount(),
                notDeducted ? 1 : 0, notDeducted ? line.requestedAmount() : 0,
                line.paymentStopped() ? 1 : 0, line.paymentStopped() ? line.requestedAmount() : 0,
                result.deductedAmount() > 0 ? 1 : 0, result.deductedAmount());
        byProduct.merge(line.productCode(), one, Sums::plus);
        total = total.plus(one);
    }

    public Map<String, Sums> byProduct() {
        return byProduct;
    }

    public Sums total() {
        return total;
    }
}
