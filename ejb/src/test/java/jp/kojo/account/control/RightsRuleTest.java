package jp.kojo.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import jp.kojo.account.boundary.ServiceAccess;
import jp.kojo.account.entity.ServiceRight;
import jp.kojo.account.entity.UserRole;
import jp.kojo.organization.entity.ServiceKind;
import org.junit.jupiter.api.Test;

class RightsRuleTest {
    private static final Set<ServiceKind> CONTRACT = Set.of(ServiceKind.LUMP_SUM, ServiceKind.ZAIKEI);

    @Test
    void aMasterMayDoEverythingInTheServicesOfItsContractAndNothingElse() {
        Map<ServiceKind, ServiceAccess> access = RightsRule.effective(UserRole.MASTER, CONTRACT, Set.of());
        assertEquals(ServiceAccess.all(ServiceKind.LUMP_SUM), access.get(ServiceKind.LUMP_SUM));
        assertEquals(ServiceAccess.all(ServiceKind.ZAIKEI), access.get(ServiceKind.ZAIKEI));
        assertEquals(ServiceAccess.none(ServiceKind.PAYROLL), access.get(ServiceKind.PAYROLL));
    }

    @Test
    void aGeneralUserMayDoWhatWasGrantedServiceByService() {
        Map<ServiceKind, ServiceAccess> access = RightsRule.effective(UserRole.GENERAL, CONTRACT,
                Set.of(new ServiceRight(ServiceKind.LUMP_SUM, true, true, false)));
        assertEquals(new ServiceAccess(ServiceKind.LUMP_SUM, true, true, false), access.get(ServiceKind.LUMP_SUM));
        assertEquals(ServiceAccess.none(ServiceKind.ZAIKEI), access.get(ServiceKind.ZAIKEI), "nothing granted");
    }

    @Test
    void aGrantOutsideTheContractCountsForNothing() {
        Map<ServiceKind, ServiceAccess> access = RightsRule.effective(UserRole.GENERAL, CONTRACT,
                Set.of(new ServiceRight(ServiceKind.PAYROLL, true, true, true)));
        assertEquals(ServiceAccess.none(ServiceKind.PAYROLL), access.get(ServiceKind.PAYROLL));
    }

    @Test
    void updateOrSendBringViewWithThem() {
        assertTrue(RightsRule.normal(ServiceKind.LUMP_SUM, false, true, false).view());
        assertTrue(RightsRule.normal(ServiceKind.LUMP_SUM, false, false, true).view());
        assertFalse(RightsRule.normal(ServiceKind.LUMP_SUM, false, false, false).view());
        Map<ServiceKind, ServiceAccess> access = RightsRule.effective(UserRole.GENERAL, CONTRACT,
                Set.of(new ServiceRight(ServiceKind.LUMP_SUM, false, false, true)));
        assertTrue(access.get(ServiceKind.LUMP_SUM).view());
    }

    @Test
    void bankStaffHaveNoOrganisationService() {
        RightsRule.effective(UserRole.BANK_OPERATOR, CONTRACT, Set.of())
                .values().forEach(a -> assertFalse(a.view()));
        RightsRule.effective(null, CONTRACT, Set.of()).values().forEach(a -> assertFalse(a.view()));
    }

    @Test
    void aContractHasAtMostNineteenGeneralUsers() {
        assertTrue(RightsRule.roomForAnotherGeneralUser(18));
        assertFalse(RightsRule.roomForAnotherGeneralUser(19));
    }
}
