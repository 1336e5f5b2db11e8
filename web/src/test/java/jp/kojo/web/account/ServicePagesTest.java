package jp.kojo.web.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import jp.kojo.account.boundary.CallerRights;
import jp.kojo.account.boundary.ServiceAccess;
import jp.kojo.organization.entity.ServiceKind;
import org.junit.jupiter.api.Test;

class ServicePagesTest {
    private static CallerRights deduction(ServiceKind service, boolean view) {
        ServiceAccess access = new ServiceAccess(service, view, false, false);
        return new CallerRights(Map.of(service, access), access);
    }

    @Test
    void theDeductionPagesNeedTheViewRight() {
        assertTrue(ServiceRightsFilter.ServicePages.mayOpen("/deduction/list.xhtml", deduction(ServiceKind.PAYROLL, true)));
        assertFalse(ServiceRightsFilter.ServicePages.mayOpen("/deduction/list.xhtml", deduction(ServiceKind.PAYROLL, false)));
        assertFalse(ServiceRightsFilter.ServicePages.mayOpen("/deduction/export", CallerRights.NONE));
    }

    @Test
    void theLumpSumPagesNeedALumpSumContract() {
        assertTrue(ServiceRightsFilter.ServicePages.mayOpen("/deduction/cycles.xhtml", deduction(ServiceKind.LUMP_SUM, true)));
        assertTrue(ServiceRightsFilter.ServicePages.mayOpen("/deduction/cycles.xhtml", deduction(ServiceKind.PAYROLL, true)),
                "the cycle list serves both types");
        assertFalse(ServiceRightsFilter.ServicePages.mayOpen("/deduction/cycle.xhtml", deduction(ServiceKind.PAYROLL, true)));
        assertFalse(ServiceRightsFilter.ServicePages.mayOpen("/deduction/payment-request", deduction(ServiceKind.LUMP_SUM, false)));
    }

    @Test
    void thePayrollPagesNeedAPayrollContract() {
        assertTrue(ServiceRightsFilter.ServicePages.mayOpen("/deduction/results.xhtml", deduction(ServiceKind.PAYROLL, true)));
        assertFalse(ServiceRightsFilter.ServicePages.mayOpen("/deduction/results.xhtml", deduction(ServiceKind.LUMP_SUM, true)));
        assertFalse(ServiceRightsFilter.ServicePages.mayOpen("/deduction/reconcile.xhtml", deduction(ServiceKind.LUMP_SUM, true)));
        assertFalse(ServiceRightsFilter.ServicePages.mayOpen("/deduction/payroll-report", deduction(ServiceKind.PAYROLL, false)));
    }

    @Test
    void theZaikeiPagesNeedTheViewRightInZaikei() {
        ServiceAccess zaikei = new ServiceAccess(ServiceKind.ZAIKEI, true, false, false);
        CallerRights employer = new CallerRights(Map.of(ServiceKind.ZAIKEI, zaikei), ServiceAccess.none(ServiceKind.LUMP_SUM));
        assertTrue(ServiceRightsFilter.ServicePages.mayOpen("/zaikei/statement.xhtml", employer));
        assertFalse(ServiceRightsFilter.ServicePages.mayOpen("/zaikei/statement.xhtml", deduction(ServiceKind.LUMP_SUM, true)));
        assertFalse(ServiceRightsFilter.ServicePages.mayOpen("/zaikei/statement/export", CallerRights.NONE));
    }

    @Test
    void theUnionWideSavingsPagesNeedTheViewRightInCollectiveSavings() {
        ServiceAccess savings = new ServiceAccess(ServiceKind.COLLECTIVE_SAVINGS, true, false, false);
        CallerRights union = new CallerRights(Map.of(ServiceKind.COLLECTIVE_SAVINGS, savings),
                ServiceAccess.none(ServiceKind.LUMP_SUM));
        assertTrue(ServiceRightsFilter.ServicePages.mayOpen("/collective/statement.xhtml", union));
        assertFalse(ServiceRightsFilter.ServicePages.mayOpen("/collective/statement.xhtml", deduction(ServiceKind.LUMP_SUM, true)),
                "a right in 労金控除 is no right in 一斉積立");
        assertFalse(ServiceRightsFilter.ServicePages.mayOpen("/collective/statement/export", CallerRights.NONE));
    }

    @Test
    void otherPagesAreNotTheFiltersBusiness() {
        assertTrue(ServiceRightsFilter.ServicePages.mayOpen("/menu.xhtml", CallerRights.NONE));
        assertTrue(ServiceRightsFilter.ServicePages.mayOpen("/account/password.xhtml", CallerRights.NONE));
    }
}
