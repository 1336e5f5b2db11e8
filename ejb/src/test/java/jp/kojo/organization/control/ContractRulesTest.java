package jp.kojo.organization.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kojo.deduction.control.CutOffRule;
import jp.kojo.organization.boundary.OrganizationForm;
import jp.kojo.organization.boundary.OrganizationProblem;
import jp.kojo.organization.boundary.OrganizationProblem.Problem;
import jp.kojo.organization.entity.ServiceKind;
import jp.kojo.zaikei.control.ZaikeiDeadline;
import org.junit.jupiter.api.Test;

class ContractRulesTest {
    private static OrganizationForm form(String contract, String kana, Set<ServiceKind> services,
                                         Map<ServiceKind, Integer> cutOffs) {
        return new OrganizationForm(null, contract, "東都電機労働組合", kana, "MEMBER", "101", services, cutOffs);
    }

    @Test
    void aGoodContractHasNoProblem() {
        assertEquals(List.of(), ContractRules.check(form("1234567890", "トウトデンキロウドウクミアイ",
                Set.of(ServiceKind.LUMP_SUM, ServiceKind.COLLECTIVE_SAVINGS), Map.of(ServiceKind.LUMP_SUM, 3))));
        assertEquals(List.of(), ContractRules.check(form("1234567890", "（カ）ミナト　セイサクショ",
                Set.of(ServiceKind.PAYROLL, ServiceKind.ZAIKEI), Map.of(ServiceKind.ZAIKEI, 0))));
    }

    @Test
    void theContractNumberIsTenDigits() {
        for (String bad : new String[] {"123456789", "12345678901", "12345abcde", "１２３４５６７８９０"}) {
            assertEquals(List.of(new OrganizationProblem("contractNumber", Problem.CONTRACT_NUMBER_FORM)),
                    ContractRules.check(form(bad, "カナ", Set.of(ServiceKind.LUMP_SUM), Map.of())), bad);
        }
    }

    @Test
    void kanaIsFullWidthKatakana() {
        for (String bad : new String[] {"ﾄｳﾄ", "とうと", "Touto", "東都"}) {
            assertEquals(List.of(new OrganizationProblem("nameKana", Problem.KANA_FORM)),
                    ContractRules.check(form("1234567890", bad, Set.of(ServiceKind.LUMP_SUM), Map.of())), bad);
        }
    }

    @Test
    void lumpSumAndPayrollExcludeEachOtherAndOneServiceIsNeeded() {
        assertEquals(List.of(new OrganizationProblem("services", Problem.LUMP_SUM_AND_PAYROLL)), ContractRules.check(
                form("1234567890", "カナ", Set.of(ServiceKind.LUMP_SUM, ServiceKind.PAYROLL), Map.of())));
        assertEquals(List.of(new OrganizationProblem("services", Problem.SERVICE_REQUIRED)),
                ContractRules.check(form("1234567890", "カナ", Set.of(), Map.of())));
    }

    @Test
    void aCutOffIsZeroToTwentyBusinessDays() {
        assertEquals(List.of(new OrganizationProblem("cutOffLUMP_SUM", Problem.CUT_OFF_RANGE)), ContractRules.check(
                form("1234567890", "カナ", Set.of(ServiceKind.LUMP_SUM), Map.of(ServiceKind.LUMP_SUM, 21))));
        assertEquals(List.of(new OrganizationProblem("cutOffZAIKEI", Problem.CUT_OFF_RANGE)), ContractRules.check(
                form("1234567890", "カナ", Set.of(ServiceKind.ZAIKEI), Map.of(ServiceKind.ZAIKEI, -1))));
    }

    @Test
    void everyEmptyFieldIsNamed() {
        List<OrganizationProblem> problems = ContractRules.check(new OrganizationForm(null, "", " ", null, null, null,
                null, null));
        assertEquals(List.of("contractNumber", "name", "nameKana", "type", "branch", "services"),
                problems.stream().map(OrganizationProblem::field).toList());
        assertTrue(problems.stream().allMatch(p -> p.problem() == Problem.REQUIRED || p.problem() == Problem.SERVICE_REQUIRED));
    }

    @Test
    void theDefaultsAreThoseTheDeadlinesUseWithoutASetting() {
        assertEquals(CutOffRule.DEFAULT.businessDaysBefore(), ContractRules.defaultCutOff(ServiceKind.LUMP_SUM).orElseThrow());
        assertEquals(CutOffRule.DEFAULT.businessDaysBefore(), ContractRules.defaultCutOff(ServiceKind.PAYROLL).orElseThrow());
        assertEquals(ZaikeiDeadline.BUSINESS_DAYS_BEFORE, ContractRules.defaultCutOff(ServiceKind.ZAIKEI).orElseThrow());
        assertTrue(ContractRules.defaultCutOff(ServiceKind.COLLECTIVE_SAVINGS).isEmpty());
    }
}
