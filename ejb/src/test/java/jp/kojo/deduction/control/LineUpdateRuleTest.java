package jp.kojo.deduction.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.kojo.deduction.boundary.LineUpdate;
import jp.kojo.deduction.boundary.LumpSumRefusal;
import jp.kojo.deduction.entity.NotDeductedReason;
import jp.kojo.deduction.entity.ResultCode;
import org.junit.jupiter.api.Test;

class LineUpdateRuleTest {
    private static LumpSumRefusal refusal(LineUpdate update) {
        return assertThrows(LineUpdateRule.RefusedException.class, () -> LineUpdateRule.parse(update)).refusal();
    }

    @Test
    void notDeductedNamesAReasonByItsName() {
        LineUpdateRule.Parsed parsed = LineUpdateRule.parse(new LineUpdate("NOT_DEDUCTED", "RETIRED", "退職済み", true));
        assertEquals(ResultCode.NOT_DEDUCTED, parsed.result());
        assertEquals(NotDeductedReason.RETIRED, parsed.reason());
        assertEquals("退職済み", parsed.note());
        assertTrue(parsed.paymentStop());
        assertFalse(parsed.clears());
        assertFalse(LineUpdateRule.parse(new LineUpdate("NOT_DEDUCTED", "LEAVE", null, null)).paymentStop());
    }

    @Test
    void deductedClearsAndTakesNothingElse() {
        LineUpdateRule.Parsed parsed = LineUpdateRule.parse(new LineUpdate("DEDUCTED", null, " ", false));
        assertTrue(parsed.clears());
        assertNull(parsed.reason());
        assertEquals(LumpSumRefusal.NOT_ALLOWED_WHEN_DEDUCTED, refusal(new LineUpdate("DEDUCTED", "RETIRED", null, null)));
        assertEquals(LumpSumRefusal.NOT_ALLOWED_WHEN_DEDUCTED, refusal(new LineUpdate("DEDUCTED", null, "x", null)));
        assertEquals(LumpSumRefusal.NOT_ALLOWED_WHEN_DEDUCTED, refusal(new LineUpdate("DEDUCTED", null, null, true)));
    }

    @Test
    void statusAndReasonMustBeKnownNames() {
        assertEquals(LumpSumRefusal.STATUS_REQUIRED, refusal(null));
        assertEquals(LumpSumRefusal.STATUS_REQUIRED, refusal(new LineUpdate(null, "RETIRED", null, null)));
        assertEquals(LumpSumRefusal.UNKNOWN_STATUS, refusal(new LineUpdate("not_deducted", "RETIRED", null, null)));
        assertEquals(LumpSumRefusal.REASON_REQUIRED, refusal(new LineUpdate("NOT_DEDUCTED", " ", null, null)));
        assertEquals(LumpSumRefusal.UNKNOWN_REASON, refusal(new LineUpdate("NOT_DEDUCTED", "FIRED", null, null)));
    }
}
