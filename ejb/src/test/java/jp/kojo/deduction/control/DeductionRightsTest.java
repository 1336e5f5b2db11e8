package jp.kojo.deduction.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Set;
import jp.kojo.account.entity.ServiceRight;
import jp.kojo.account.entity.UserAccount;
import jp.kojo.account.entity.UserRole;
import jp.kojo.organization.entity.Branch;
import jp.kojo.organization.entity.Organization;
import jp.kojo.organization.entity.OrganizationType;
import jp.kojo.organization.entity.ServiceKind;
import org.junit.jupiter.api.Test;

class DeductionRightsTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 10, 0);

    private static Organization organization(ServiceKind... services) {
        return new Organization("1000000001", "団体", "ダンタイ", OrganizationType.MEMBER, new Branch("101", "本店"),
                Set.of(services));
    }

    private static UserAccount user(UserRole role, Organization organization, ServiceRight... rights) {
        UserAccount user = new UserAccount("u" + role, organization, role, "名前", "u@example.jp", "hash", NOW);
        user.replaceRights(Set.of(rights));
        return user;
    }

    @Test
    void aMasterHoldsEveryRightOfItsDeductionService() {
        UserAccount master = user(UserRole.MASTER, organization(ServiceKind.LUMP_SUM));
        assertTrue(DeductionRights.mayView(master));
        assertTrue(DeductionRights.mayUpdate(master));
        assertTrue(DeductionRights.maySend(master));
        assertEquals(ServiceKind.LUMP_SUM, DeductionRights.access(master).service());
    }

    @Test
    void aGeneralUserHoldsWhatItsMasterGrantedInThePayrollOrLumpSumService() {
        Organization payroll = organization(ServiceKind.PAYROLL, ServiceKind.ZAIKEI);
        UserAccount viewer = user(UserRole.GENERAL, payroll, new ServiceRight(ServiceKind.PAYROLL, true, false, false));
        assertTrue(DeductionRights.mayView(viewer));
        assertFalse(DeductionRights.mayUpdate(viewer));
        assertFalse(DeductionRights.maySend(viewer));
        assertEquals(ServiceKind.PAYROLL, DeductionRights.access(viewer).service());

        UserAccount savingsOnly = user(UserRole.GENERAL, payroll, new ServiceRight(ServiceKind.ZAIKEI, true, true, true));
        assertFalse(DeductionRights.mayView(savingsOnly), "a right in 財形 is no right in 労金控除");
    }

    @Test
    void aDeletedUserAnOrganisationWithoutTheServiceAndBankStaffHoldNothing() {
        UserAccount deleted = user(UserRole.MASTER, organization(ServiceKind.LUMP_SUM));
        deleted.delete(NOW);
        assertFalse(DeductionRights.mayView(deleted));
        assertFalse(DeductionRights.mayView(user(UserRole.MASTER, organization(ServiceKind.ZAIKEI))));
        assertFalse(DeductionRights.mayView(new UserAccount("bank", null, UserRole.BANK_OPERATOR, "行員", "b@example.jp",
                "hash", NOW)));
        assertFalse(DeductionRights.mayView(null));
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
