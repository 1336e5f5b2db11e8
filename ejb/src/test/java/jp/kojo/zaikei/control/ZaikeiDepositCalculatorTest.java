package jp.kojo.zaikei.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import jp.kojo.zaikei.control.ZaikeiChangeRule.Change;
import jp.kojo.zaikei.control.ZaikeiChangeRule.Contract;
import jp.kojo.zaikei.control.ZaikeiDepositCalculator.Line;
import jp.kojo.zaikei.control.ZaikeiDepositCalculator.Total;
import jp.kojo.zaikei.entity.ZaikeiChangeKind;
import jp.kojo.zaikei.entity.ZaikeiKind;
import org.junit.jupiter.api.Test;

class ZaikeiDepositCalculatorTest {
    private static final LocalDate BIRTH = LocalDate.of(1990, 1, 1);

    @Test
    void resultingAmountsAndTotalsByKindFollowEachKindOfChange() {
        List<Contract> contracts = List.of(
                new Contract("1", "P1", "ア", BIRTH, ZaikeiKind.GENERAL, 10_000, 20_000, null, false),
                new Contract("2", "P1", "ア", BIRTH, ZaikeiKind.HOUSING, 20_000, 0, null, false),
                new Contract("3", "P2", "イ", BIRTH, ZaikeiKind.GENERAL, 0, 0, null, true),
                new Contract("4", "P2", "イ", BIRTH, ZaikeiKind.GENERAL, 5_000, 0, null, false));
        List<Change> changes = List.of(
                new Change(ZaikeiChangeKind.STOP, "1", null, null, null, null, 0, 0),
                new Change(ZaikeiChangeKind.AMOUNT_CHANGE, "2", null, null, null, null, 30_000, 50_000),
                new Change(ZaikeiChangeKind.RESUME, "3", null, null, null, null, 3_000, 0),
                new Change(ZaikeiChangeKind.NEW_ENROLMENT, null, "P3", "ウ", BIRTH, ZaikeiKind.PENSION, 7_000, 0));
        List<Line> lines = ZaikeiDepositCalculator.lines(contracts, changes);
        assertEquals(5, lines.size());
        assertEquals(new Line("1", "P1", "ア", BIRTH, ZaikeiKind.GENERAL, 10_000, 20_000, 0, 0, true, ZaikeiChangeKind.STOP), lines.get(0));
        assertEquals(30_000, lines.get(1).monthly());
        assertEquals(ZaikeiChangeKind.RESUME, lines.get(2).change());
        assertEquals(null, lines.get(3).change());
        assertEquals(ZaikeiChangeKind.NEW_ENROLMENT, lines.get(4).change());

        List<Total> totals = ZaikeiDepositCalculator.totals(lines);
        assertEquals(List.of(new Total(ZaikeiKind.GENERAL, 2, 8_000, 0), new Total(ZaikeiKind.HOUSING, 1, 30_000, 50_000),
                new Total(ZaikeiKind.PENSION, 1, 7_000, 0), new Total(null, 4, 45_000, 50_000)), totals);
    }
}
