package jp.kojo.deduction.control;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.kojo.deduction.boundary.PaymentRequestTotals;
import jp.kojo.deduction.boundary.PaymentRequestTotals.Row;
import jp.kojo.deduction.entity.Product;

/**
 * Computes the lump-sum payment request from an organisation's lines: a line that could not be deducted or is
 * on payment stop is left out of the payment (once, even when it is both).
 */
public final class PaymentRequestCalculator {
    /** What the calculation needs of a line. */
    public record LineAmount(Product product, long requestedAmount, boolean notDeducted, boolean paymentStopped) {
        boolean excluded() {
            return notDeducted || paymentStopped;
        }
    }

    private final Map<Product, long[]> sums = new EnumMap<>(Product.class);

    public PaymentRequestCalculator add(LineAmount line) {
        if (line.requestedAmount() < 0) {
            throw new IllegalArgumentException("A requested amount is never negative: " + line);
        }
        long[] sum = sums.computeIfAbsent(line.product(), p -> new long[4]);
        sum[0]++;
        sum[1] = Math.addExact(sum[1], line.requestedAmount());
        if (line.excluded()) {
            sum[2]++;
            sum[3] = Math.addExact(sum[3], line.requestedAmount());
        }
        return this;
    }

    public PaymentRequestTotals totals() {
        List<Row> rows = new ArrayList<>();
        long[] all = new long[4];
        sums.forEach((product, sum) -> {
            rows.add(new Row(product, sum[0], sum[1], sum[2], sum[3]));
            for (int i = 0; i < 4; i++) {
                all[i] = Math.addExact(all[i], sum[i]);
            }
        });
        return new PaymentRequestTotals(rows, new Row(null, all[0], all[1], all[2], all[3]));
    }
}
