package jp.kojo.deduction.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import jp.kojo.deduction.boundary.LumpSumRefusal;
import jp.kojo.deduction.control.LineMarkRule.Change;
import jp.kojo.deduction.control.LineMarkRule.State;
import jp.kojo.deduction.entity.NotDeductedReason;
import jp.kojo.deduction.entity.Product;
import jp.kojo.deduction.entity.ResultCode;
import org.junit.jupiter.api.Test;

class LineMarkRuleTest {
    @Test
    void aReasonIsRequiredAndOtherNeedsANote() {
        assertEquals(LumpSumRefusal.REASON_REQUIRED, LineMarkRule.check(Product.LOAN_REPAYMENT, null, null, false));
        assertEquals(LumpSumRefusal.NOTE_REQUIRED, LineMarkRule.check(Product.LOAN_REPAYMENT, NotDeductedReason.OTHER, "  ", false));
        assertNull(LineMarkRule.check(Product.LOAN_REPAYMENT, NotDeductedReason.OTHER, "転居先不明", false));
        assertNull(LineMarkRule.check(Product.LOAN_REPAYMENT, NotDeductedReason.RETIRED, null, false));
    }

    @Test
    void aNoteHasAtMostAHundredCharacters() {
        assertNull(LineMarkRule.check(Product.MUTUAL_AID, NotDeductedReason.LEAVE, "あ".repeat(100), false));
        assertEquals(LumpSumRefusal.NOTE_TOO_LONG,
                LineMarkRule.check(Product.MUTUAL_AID, NotDeductedReason.LEAVE, "あ".repeat(101), false));
    }

    @Test
    void paymentStopOnlyOnRepayments() {
        assertNull(LineMarkRule.check(Product.LOAN_REPAYMENT, NotDeductedReason.DECEASED, null, true));
        assertNull(LineMarkRule.check(Product.CARD_LOAN_REPAYMENT, NotDeductedReason.DECEASED, null, true));
        for (Product deposit : List.of(Product.INSTALLMENT_DEPOSIT, Product.INSTALLMENT_SAVINGS, Product.MUTUAL_AID)) {
            assertEquals(LumpSumRefusal.PAYMENT_STOP_NOT_ALLOWED,
                    LineMarkRule.check(deposit, NotDeductedReason.DECEASED, null, true), deposit.name());
        }
    }

    @Test
    void changesNameOnlyTheFieldsThatMoved() {
        State marked = new State(ResultCode.NOT_DEDUCTED, NotDeductedReason.OTHER, "メモ", true);
        assertEquals(List.of(new Change("result", null, "NOT_DEDUCTED"), new Change("reason", null, "OTHER"),
                new Change("note", null, "メモ"), new Change("paymentStopped", "false", "true")),
                LineMarkRule.changes(State.DEDUCTED, marked));
        State otherReason = new State(ResultCode.NOT_DEDUCTED, NotDeductedReason.RETIRED, null, true);
        assertEquals(List.of(new Change("reason", "OTHER", "RETIRED"), new Change("note", "メモ", null)),
                LineMarkRule.changes(marked, otherReason));
        assertEquals(List.of(), LineMarkRule.changes(marked, marked));
    }

    @Test
    void blankNotesAreStoredAsNone() {
        assertNull(LineMarkRule.normalNote(" \t"));
        assertEquals("退職予定", LineMarkRule.normalNote(" 退職予定 "));
    }
}
