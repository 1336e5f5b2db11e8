package jp.kojo.deduction.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jp.kojo.deduction.boundary.PaymentRequestTotals;
import jp.kojo.deduction.control.PaymentRequestCalculator.LineAmount;
import jp.kojo.deduction.entity.Product;
import org.junit.jupiter.api.Test;

class PaymentRequestCalculatorTest {
    @Test
    void linesNotDeductedOrStoppedAreLeftOutOnceByProduct() {
        PaymentRequestTotals totals = new PaymentRequestCalculator()
                .add(new LineAmount(Product.LOAN_REPAYMENT, 30_000, false, false))
                .add(new LineAmount(Product.LOAN_REPAYMENT, 20_000, true, false))
                .add(new LineAmount(Product.LOAN_REPAYMENT, 10_000, true, true))
                .add(new LineAmount(Product.INSTALLMENT_DEPOSIT, 5_000, false, true))
                .add(new LineAmount(Product.INSTALLMENT_DEPOSIT, 7_000, false, false))
                .totals();
        assertEquals(2, totals.products().size());
        PaymentRequestTotals.Row deposit = totals.products().get(0);
        assertEquals(Product.INSTALLMENT_DEPOSIT, deposit.product());
        assertEquals(12_000, deposit.requestedAmount());
        assertEquals(7_000, deposit.payableAmount());
        assertEquals(1, deposit.payableCount());
        PaymentRequestTotals.Row loan = totals.products().get(1);
        assertEquals(3, loan.requestedCount());
        assertEquals(2, loan.excludedCount());
        assertEquals(30_000, loan.excludedAmount());
        assertEquals(30_000, loan.payableAmount());
        assertEquals(5, totals.total().requestedCount());
        assertEquals(72_000, totals.total().requestedAmount());
        assertEquals(37_000, totals.total().payableAmount());
        assertEquals(2, totals.total().payableCount());
    }

    @Test
    void noLinesGiveZeroTotals() {
        PaymentRequestTotals totals = new PaymentRequestCalculator().totals();
        assertEquals(0, totals.products().size());
        assertEquals(0, totals.total().payableAmount());
    }

    @Test
    void aNegativeAmountIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new PaymentRequestCalculator().add(new LineAmount(Product.MUTUAL_AID, -1, false, false)));
    }
}
