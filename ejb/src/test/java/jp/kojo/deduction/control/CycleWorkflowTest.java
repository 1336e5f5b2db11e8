package jp.kojo.deduction.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.kojo.deduction.control.CycleWorkflow.Refusal;
import jp.kojo.deduction.control.CycleWorkflow.RefusedException;
import jp.kojo.deduction.entity.CycleStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class CycleWorkflowTest {
    private static void refused(Refusal expected, Executable move) {
        assertEquals(expected, assertThrows(RefusedException.class, move).refusal());
    }

    @Test
    void anEditWithdrawsAnApprovalAndASentCycleIsFrozen() {
        assertEquals(CycleStatus.IN_PROGRESS, CycleWorkflow.afterEdit(CycleStatus.ISSUED));
        assertEquals(CycleStatus.IN_PROGRESS, CycleWorkflow.afterEdit(CycleStatus.APPROVED));
        refused(Refusal.FROZEN, () -> CycleWorkflow.afterEdit(CycleStatus.SENT));
        refused(Refusal.FROZEN, () -> CycleWorkflow.afterEdit(CycleStatus.SETTLED));
    }

    @Test
    void dualControlNeedsASecondUserWithTheSendRight() {
        assertFalse(CycleWorkflow.approve(CycleStatus.IN_PROGRESS, "union01", true, "union01g", 2));
        refused(Refusal.SAME_USER_AS_LAST_CHANGE,
                () -> CycleWorkflow.approve(CycleStatus.IN_PROGRESS, "union01", true, "union01", 2));
        refused(Refusal.NO_SEND_RIGHT,
                () -> CycleWorkflow.approve(CycleStatus.IN_PROGRESS, "union01g", false, "union01", 2));
    }

    @Test
    void aSingleUserMayApproveItsOwnChangeRecordedAsAlone() {
        assertTrue(CycleWorkflow.approve(CycleStatus.IN_PROGRESS, "solo", true, "solo", 1));
    }

    @Test
    void sendingNeedsApprovalTheRightAndAnOpenCutOff() {
        assertEquals(CycleStatus.SENT, CycleWorkflow.send(CycleStatus.APPROVED, true, true));
        refused(Refusal.NOT_APPROVED, () -> CycleWorkflow.send(CycleStatus.IN_PROGRESS, true, true));
        refused(Refusal.NO_SEND_RIGHT, () -> CycleWorkflow.send(CycleStatus.APPROVED, false, true));
        refused(Refusal.CUT_OFF_PASSED, () -> CycleWorkflow.send(CycleStatus.APPROVED, true, false));
        refused(Refusal.FROZEN, () -> CycleWorkflow.send(CycleStatus.SENT, true, true));
    }

    @Test
    void onlyASentCycleIsReopenedAndOnlyWithAReason() {
        assertEquals(CycleStatus.IN_PROGRESS, CycleWorkflow.reopen(CycleStatus.SENT, "訂正依頼のため"));
        refused(Refusal.REASON_REQUIRED, () -> CycleWorkflow.reopen(CycleStatus.SENT, " "));
        refused(Refusal.NOT_SENT, () -> CycleWorkflow.reopen(CycleStatus.APPROVED, "x"));
    }
}
