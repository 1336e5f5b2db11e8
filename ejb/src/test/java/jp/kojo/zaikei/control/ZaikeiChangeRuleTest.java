package jp.kojo.zaikei.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import jp.kojo.zaikei.control.ZaikeiChangeRule.Change;
import jp.kojo.zaikei.control.ZaikeiChangeRule.Contract;
import jp.kojo.zaikei.control.ZaikeiChangeRule.Refusal;
import jp.kojo.zaikei.entity.ZaikeiChangeKind;
import jp.kojo.zaikei.entity.ZaikeiKind;
import org.junit.jupiter.api.Test;

class ZaikeiChangeRuleTest {
    private static final LocalDate DEPOSIT = LocalDate.of(2027, 1, 25);
    private static final String YOUNG = "0000000001";
    private static final String OLD = "0000000002";
    private static final LocalDate YOUNG_BIRTH = LocalDate.of(1990, 5, 1);
    /** 55 on the day before the deposit. */
    private static final LocalDate OLD_BIRTH = LocalDate.of(1972, 1, 24);

    private final List<Contract> contracts = List.of(
            new Contract("10000001", YOUNG, "ヤマダ　タロウ", YOUNG_BIRTH, ZaikeiKind.GENERAL, 10_000, 20_000, 300_000L, false),
            new Contract("10000002", YOUNG, "ヤマダ　タロウ", YOUNG_BIRTH, ZaikeiKind.HOUSING, 20_000, 100_000, 5_000_000L, false),
            new Contract("10000003", OLD, "スズキ　ハナコ", OLD_BIRTH, ZaikeiKind.GENERAL, 0, 0, 800_000L, true));

    private static Change stop(String contract) {
        return new Change(ZaikeiChangeKind.STOP, contract, null, null, null, null, 0, 0);
    }

    private static Change amount(String contract, long monthly, long bonus) {
        return new Change(ZaikeiChangeKind.AMOUNT_CHANGE, contract, null, null, null, null, monthly, bonus);
    }

    private static Change resume(String contract, long monthly, long bonus) {
        return new Change(ZaikeiChangeKind.RESUME, contract, null, null, null, null, monthly, bonus);
    }

    private static Change enrol(String person, LocalDate birth, ZaikeiKind kind, long monthly, long bonus) {
        return new Change(ZaikeiChangeKind.NEW_ENROLMENT, null, person, "ヤマダ　タロウ", birth, kind, monthly, bonus);
    }

    private Refusal refusal(Change change, List<Change> accepted) {
        return assertThrows(ZaikeiChangeRule.RefusedException.class,
                () -> ZaikeiChangeRule.check(change, contracts, accepted, DEPOSIT)).refusal();
    }

    @Test
    void eachKindOfChangeIsAcceptedWhenItKeepsTheRules() {
        assertDoesNotThrow(() -> ZaikeiChangeRule.check(stop("10000001"), contracts, List.of(), DEPOSIT));
        assertDoesNotThrow(() -> ZaikeiChangeRule.check(amount("10000001", 15_000, 0), contracts, List.of(), DEPOSIT));
        assertDoesNotThrow(() -> ZaikeiChangeRule.check(resume("10000003", 5_000, 0), contracts, List.of(), DEPOSIT));
        assertDoesNotThrow(() -> ZaikeiChangeRule.check(enrol("0000000009", YOUNG_BIRTH, ZaikeiKind.PENSION, 10_000, 0),
                contracts, List.of(), DEPOSIT));
    }

    @Test
    void amountsAreWholeThousandsOfAtLeastOneThousandYen() {
        assertEquals(Refusal.AMOUNT_NOT_THOUSANDS, refusal(amount("10000001", 15_500, 0), List.of()));
        assertEquals(Refusal.AMOUNT_NOT_THOUSANDS, refusal(amount("10000001", 15_000, 100), List.of()));
        assertEquals(Refusal.AMOUNT_TOO_SMALL, refusal(amount("10000001", 0, 10_000), List.of()));
        assertEquals(Refusal.SAME_AMOUNT, refusal(amount("10000001", 10_000, 20_000), List.of()));
    }

    @Test
    void housingAndPensionOnlyForPeopleUnder55AtEnrolment() {
        assertEquals(Refusal.NOT_TAX_FREE_AGE, refusal(enrol(OLD, OLD_BIRTH, ZaikeiKind.PENSION, 10_000, 0), List.of()));
        assertDoesNotThrow(() -> ZaikeiChangeRule.check(enrol(OLD, OLD_BIRTH.plusDays(2), ZaikeiKind.PENSION, 10_000, 0),
                contracts, List.of(), DEPOSIT), "54 on the deposit date");
        assertDoesNotThrow(() -> ZaikeiChangeRule.check(enrol(OLD, OLD_BIRTH, ZaikeiKind.GENERAL, 10_000, 0),
                contracts, List.of(), DEPOSIT), "general savings have no age limit");
    }

    @Test
    void onlyOneHousingAndOnePensionContractPerPerson() {
        assertEquals(Refusal.ONE_PER_PERSON, refusal(enrol(YOUNG, YOUNG_BIRTH, ZaikeiKind.HOUSING, 1_000, 0), List.of()));
        Change pension = enrol("0000000009", YOUNG_BIRTH, ZaikeiKind.PENSION, 10_000, 0);
        assertEquals(Refusal.ONE_PER_PERSON, refusal(pension, List.of(pension)), "nor two in one deposit statement");
    }

    @Test
    void housingAndPensionTogetherStayWithinTheTaxFreeLimit() {
        // 5,000,000 balance + 12 x 20,000 + 2 x 100,000 = 5,440,000: within; a pension of 10,000 a month is not.
        assertEquals(Refusal.TAX_FREE_LIMIT, refusal(enrol(YOUNG, YOUNG_BIRTH, ZaikeiKind.PENSION, 10_000, 0), List.of()));
        assertEquals(Refusal.TAX_FREE_LIMIT, refusal(amount("10000002", 30_000, 100_000), List.of()));
        assertDoesNotThrow(() -> ZaikeiChangeRule.check(enrol(YOUNG, YOUNG_BIRTH, ZaikeiKind.PENSION, 1_000, 0),
                contracts, List.of(stop("10000002")), DEPOSIT), "within once the housing contract stops");
    }

    @Test
    void aStoppedContractCannotChangeItsAmountOnlyResume() {
        assertEquals(Refusal.STOPPED_CANNOT_CHANGE, refusal(amount("10000003", 5_000, 0), List.of()));
        assertEquals(Refusal.ALREADY_STOPPED, refusal(stop("10000003"), List.of()));
        assertEquals(Refusal.NOT_STOPPED, refusal(resume("10000001", 5_000, 0), List.of()));
    }

    @Test
    void oneChangePerContractAndOnlyContractsOfTheStatement() {
        assertEquals(Refusal.ALREADY_CHANGED, refusal(amount("10000001", 5_000, 0), List.of(stop("10000001"))));
        assertEquals(Refusal.NO_SUCH_CONTRACT, refusal(stop("99999999"), List.of()));
    }

    @Test
    void aNewEnrolmentNamesThePerson() {
        assertEquals(Refusal.PERSON_REQUIRED, refusal(enrol("12", YOUNG_BIRTH, ZaikeiKind.GENERAL, 1_000, 0), List.of()));
        assertEquals(Refusal.NAME_REQUIRED, refusal(new Change(ZaikeiChangeKind.NEW_ENROLMENT, null, "0000000009", " ",
                YOUNG_BIRTH, ZaikeiKind.GENERAL, 1_000, 0), List.of()));
        assertEquals(Refusal.BIRTH_DATE_REQUIRED, refusal(enrol("0000000009", null, ZaikeiKind.GENERAL, 1_000, 0), List.of()));
        assertEquals(Refusal.KIND_REQUIRED, refusal(enrol("0000000009", YOUNG_BIRTH, null, 1_000, 0), List.of()));
    }
}
