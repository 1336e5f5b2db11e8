package jp.kojo.deduction.boundary;

import java.io.Serializable;
import java.util.List;
import jp.kojo.deduction.entity.Product;

/**
 * まとめ入金依頼書: per product, the requested total less the lines not deducted or on payment stop, with
 * counts; and the same summed over all products.
 */
public record PaymentRequestTotals(List<Row> products, Row total) implements Serializable {
    public record Row(Product product, long requestedCount, long requestedAmount, long excludedCount,
                      long excludedAmount) implements Serializable {
        public long payableCount() {
            return requestedCount - excludedCount;
        }

        public long payableAmount() {
            return requestedAmount - excludedAmount;
        }
    }
}
