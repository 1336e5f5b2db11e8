package jp.kojo.deduction.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.kojo.account.entity.UserRole;
import org.junit.jupiter.api.Test;

class DeductionRightsTest {
    @Test
    void masterHoldsEveryRightGeneralUserMayNotSend() {
        assertTrue(DeductionRights.mayView(UserRole.MASTER));
        assertTrue(DeductionRights.mayUpdate(UserRole.MASTER));
        assertTrue(DeductionRights.maySend(UserRole.MASTER));
        assertTrue(DeductionRights.mayView(UserRole.GENERAL));
        assertTrue(DeductionRights.mayUpdate(UserRole.GENERAL));
        assertFalse(DeductionRights.maySend(UserRole.GENERAL));
    }

    @Test
    void bankStaffHoldNoOrganisationRight() {
        assertFalse(DeductionRights.mayView(UserRole.BANK_OPERATOR));
        assertFalse(DeductionRights.mayUpdate(UserRole.BATCH_ADMIN));
        assertFalse(DeductionRights.maySend(UserRole.BANK_OPERATOR));
    }

    @Test
    void everyUserOfTheOrganisationCountsForDualControl() {
        assertEquals(1, DeductionRights.usersForDualControl(1));
        assertEquals(2, DeductionRights.usersForDualControl(2));
        // With two users a master's own change cannot be approved by the master alone.
        assertThrowsSameUser();
    }

    private static void assertThrowsSameUser() {
        CycleWorkflow.RefusedException refused = org.junit.jupiter.api.Assertions.assertThrows(
                CycleWorkflow.RefusedException.class, () -> CycleWorkflow.approve(
                        jp.kojo.deduction.entity.CycleStatus.IN_PROGRESS, "union01", true, "union01",
                        DeductionRights.usersForDualControl(2)));
        assertEquals(CycleWorkflow.Refusal.SAME_USER_AS_LAST_CHANGE, refused.refusal());
    }
}
