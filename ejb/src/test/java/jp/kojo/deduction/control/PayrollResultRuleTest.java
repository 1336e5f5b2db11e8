package jp.kojo.deduction.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import jp.kojo.deduction.boundary.PayrollRefusal;
import jp.kojo.deduction.control.PayrollResultRule.State;
import jp.kojo.deduction.entity.NotDeductedReason;
import jp.kojo.deduction.entity.ResultCode;
import org.junit.jupiter.api.Test;

class PayrollResultRuleTest {
    private static final long REQUESTED = 30_000;

    @Test
    void amountIsBetweenZeroAndTheRequest() {
        assertEquals(PayrollRefusal.AMOUNT_OUT_OF_RANGE, PayrollResultRule.check(REQUESTED, ResultCode.PARTIALLY_DEDUCTED, -1L, null, null));
        assertEquals(PayrollRefusal.AMOUNT_OUT_OF_RANGE, PayrollResultRule.check(REQUESTED, ResultCode.DEDUCTED, REQUESTED + 1, null, null));
        assertNull(PayrollResultRule.check(REQUESTED, ResultCode.DEDUCTED, REQUESTED, null, null));
    }

    @Test
    void aResultCodeIsRequired() {
        assertEquals(PayrollRefusal.RESULT_REQUIRED, PayrollResultRule.check(REQUESTED, null, 100L, null, null));
    }

    @Test
    void fullDeductionIsTheRequestedAmountOrNoAmount() {
        assertEquals(PayrollRefusal.FULL_AMOUNT_MISMATCH, PayrollResultRule.check(REQUESTED, ResultCode.DEDUCTED, 100L, null, null));
        assertNull(PayrollResultRule.check(REQUESTED, ResultCode.DEDUCTED, null, null, null));
        assertEquals(new State(ResultCode.DEDUCTED, REQUESTED, null, null),
                PayrollResultRule.normal(REQUESTED, ResultCode.DEDUCTED, null, NotDeductedReason.LEAVE, "x"));
    }

    @Test
    void partialDeductionNeedsAnAmountAboveZeroAndBelowTheRequest() {
        assertEquals(PayrollRefusal.AMOUNT_REQUIRED, PayrollResultRule.check(REQUESTED, ResultCode.PARTIALLY_DEDUCTED, null, null, null));
        assertEquals(PayrollRefusal.PARTIAL_AMOUNT_OUT_OF_RANGE, PayrollResultRule.check(REQUESTED, ResultCode.PARTIALLY_DEDUCTED, 0L, null, null));
        assertEquals(PayrollRefusal.PARTIAL_AMOUNT_OUT_OF_RANGE, PayrollResultRule.check(REQUESTED, ResultCode.PARTIALLY_DEDUCTED, REQUESTED, null, null));
        assertNull(PayrollResultRule.check(REQUESTED, ResultCode.PARTIALLY_DEDUCTED, 1L, null, null));
        assertNull(PayrollResultRule.check(REQUESTED, ResultCode.PARTIALLY_DEDUCTED, REQUESTED - 1, NotDeductedReason.INSUFFICIENT_PAY, null));
    }

    @Test
    void notDeductedNeedsAReasonZeroYenAndANoteForOther() {
        assertEquals(PayrollRefusal.REASON_REQUIRED, PayrollResultRule.check(REQUESTED, ResultCode.NOT_DEDUCTED, 0L, null, null));
        assertEquals(PayrollRefusal.NONE_AMOUNT_NOT_ZERO, PayrollResultRule.check(REQUESTED, ResultCode.NOT_DEDUCTED, 5L, NotDeductedReason.RETIRED, null));
        assertEquals(PayrollRefusal.NOTE_REQUIRED, PayrollResultRule.check(REQUESTED, ResultCode.NOT_DEDUCTED, 0L, NotDeductedReason.OTHER, "  "));
        assertNull(PayrollResultRule.check(REQUESTED, ResultCode.NOT_DEDUCTED, null, NotDeductedReason.RETIRED, null));
        assertEquals(new State(ResultCode.NOT_DEDUCTED, 0L, NotDeductedReason.OTHER, "転居"),
                PayrollResultRule.normal(REQUESTED, ResultCode.NOT_DEDUCTED, null, NotDeductedReason.OTHER, " 転居 "));
    }

    @Test
    void aNoteIsAtMostAHundredCharacters() {
        assertEquals(PayrollRefusal.NOTE_TOO_LONG, PayrollResultRule.check(REQUESTED, ResultCode.NOT_DEDUCTED, 0L,
                NotDeductedReason.OTHER, "あ".repeat(101)));
    }

    @Test
    void anUploadedAmountStandsForItsCode() {
        assertEquals(ResultCode.DEDUCTED, PayrollResultRule.codeFor(REQUESTED, REQUESTED));
        assertEquals(ResultCode.PARTIALLY_DEDUCTED, PayrollResultRule.codeFor(REQUESTED, 1));
        assertEquals(ResultCode.NOT_DEDUCTED, PayrollResultRule.codeFor(REQUESTED, 0));
        assertNull(PayrollResultRule.codeFor(REQUESTED, REQUESTED + 1));
    }

    @Test
    void approvalNeedsEveryLineWithAResult() {
        assertEquals(PayrollRefusal.RESULTS_MISSING, PayrollResultRule.approvable(1));
        assertNull(PayrollResultRule.approvable(0));
    }

    @Test
    void historyRecordsOnlyTheChangedFields() {
        List<LineMarkRule.Change> changes = PayrollResultRule.changes(new State(null, null, null, null),
                new State(ResultCode.PARTIALLY_DEDUCTED, 12_000L, null, null));
        assertEquals(List.of(new LineMarkRule.Change("result", null, "PARTIALLY_DEDUCTED"),
                new LineMarkRule.Change("deductedAmount", null, "12000")), changes);
    }
}
