package jp.kojo.zaikei.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.kojo.zaikei.control.ZaikeiAlertRule.Alert;
import jp.kojo.zaikei.control.ZaikeiChangeRule.Contract;
import jp.kojo.zaikei.control.ZaikeiStatementDiff.Line;
import jp.kojo.zaikei.entity.ZaikeiKind;
import org.junit.jupiter.api.Test;

class ZaikeiAlertsAndChangesTest {
    private static final LocalDate BIRTH = LocalDate.of(1980, 1, 1);

    private static Contract c(String contract, String person, ZaikeiKind kind, long monthly, Long balance, boolean stopped) {
        return new Contract(contract, person, "カナ" + person, BIRTH, kind, monthly, 0, balance, stopped);
    }

    @Test
    void housingAndPensionPrincipalNearOrOverTheLimitAndContractsWithoutContributionsForTwoYears() {
        List<Contract> contracts = List.of(
                c("1", "A", ZaikeiKind.HOUSING, 10_000, 3_000_000L, false),
                c("2", "A", ZaikeiKind.PENSION, 10_000, 1_950_000L, false), // 4,950,000: exactly 90 %
                c("3", "B", ZaikeiKind.HOUSING, 10_000, 5_500_001L, false),
                c("4", "C", ZaikeiKind.HOUSING, 10_000, 4_949_999L, false),
                c("5", "C", ZaikeiKind.GENERAL, 10_000, 9_000_000L, false), // general savings do not count
                c("6", "D", ZaikeiKind.GENERAL, 0, null, true));
        LocalDate asOf = LocalDate.of(2026, 12, 25);
        List<Alert> alerts = ZaikeiAlertRule.of(contracts, Map.of("6", LocalDate.of(2024, 12, 24), "5",
                LocalDate.of(2024, 12, 25)), asOf);
        assertEquals(List.of(
                new Alert(ZaikeiAlertRule.Kind.TAX_FREE_NEAR, "A", "カナA", null, null, 4_950_000, null),
                new Alert(ZaikeiAlertRule.Kind.TAX_FREE_OVER, "B", "カナB", null, null, 5_500_001, null),
                new Alert(ZaikeiAlertRule.Kind.NO_CONTRIBUTION, "D", "カナD", "6", ZaikeiKind.GENERAL, 0,
                        LocalDate.of(2024, 12, 24))), alerts);
    }

    @Test
    void theChangesBetweenTwoRunsAreNewEndedStoppedResumedAndAmountChanges() {
        List<Contract> before = List.of(
                c("1", "A", ZaikeiKind.GENERAL, 10_000, null, false),
                c("2", "A", ZaikeiKind.HOUSING, 10_000, null, false),
                c("3", "B", ZaikeiKind.GENERAL, 0, null, true),
                c("4", "B", ZaikeiKind.PENSION, 5_000, null, false),
                c("5", "C", ZaikeiKind.GENERAL, 7_000, null, false));
        List<Contract> after = List.of(
                c("1", "A", ZaikeiKind.GENERAL, 10_000, null, false),
                c("2", "A", ZaikeiKind.HOUSING, 20_000, null, false),
                c("3", "B", ZaikeiKind.GENERAL, 3_000, null, false),
                c("4", "B", ZaikeiKind.PENSION, 0, null, true),
                c("6", "D", ZaikeiKind.GENERAL, 1_000, null, false));
        assertEquals(List.of(
                new Line(ZaikeiStatementDiff.Kind.AMOUNT_CHANGED, "2", "A", "カナA", ZaikeiKind.HOUSING, 10_000, 0, 20_000, 0),
                new Line(ZaikeiStatementDiff.Kind.RESUMED, "3", "B", "カナB", ZaikeiKind.GENERAL, 0, 0, 3_000, 0),
                new Line(ZaikeiStatementDiff.Kind.STOPPED, "4", "B", "カナB", ZaikeiKind.PENSION, 5_000, 0, 0, 0),
                new Line(ZaikeiStatementDiff.Kind.NEW, "6", "D", "カナD", ZaikeiKind.GENERAL, 0, 0, 1_000, 0),
                new Line(ZaikeiStatementDiff.Kind.ENDED, "5", "C", "カナC", ZaikeiKind.GENERAL, 7_000, 0, 0, 0)),
                ZaikeiStatementDiff.between(before, after));
    }
}
