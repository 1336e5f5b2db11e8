package jp.kojo.deduction.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import jp.kojo.deduction.boundary.KeyKind;
import jp.kojo.deduction.boundary.MatchOutcome;
import jp.kojo.deduction.control.ResultFileParser.ResultRow;
import jp.kojo.deduction.control.ResultMatcher.LineKey;
import jp.kojo.deduction.control.ResultMatcher.Result;
import jp.kojo.deduction.entity.Product;
import org.junit.jupiter.api.Test;

class ResultMatcherTest {
    private static final LineKey LOAN = new LineKey(1, 0, 1, "0000101", "E001", Product.LOAN_REPAYMENT, 30_000);
    private static final LineKey DEPOSIT = new LineKey(2, 3, 2, "0000101", "E001", Product.INSTALLMENT_DEPOSIT, 10_000);
    private static final LineKey OTHER = new LineKey(3, 0, 3, "0000102", "E002", Product.LOAN_REPAYMENT, 20_000);
    private static final LineKey TWIN_A = new LineKey(4, 0, 4, "0000103", "E003", Product.MUTUAL_AID, 1_000);
    private static final LineKey TWIN_B = new LineKey(5, 0, 5, "0000103", "E003", Product.MUTUAL_AID, 2_000);
    private static final LineKey NO_EMPLOYEE_NUMBER = new LineKey(6, 0, 6, "0000104", null, Product.MUTUAL_AID, 500);
    private static final List<LineKey> LINES = List.of(LOAN, DEPOSIT, OTHER, TWIN_A, TWIN_B, NO_EMPLOYEE_NUMBER);

    @Test
    void rowsMatchByPersonAndProductInEveryOutcome() {
        Result result = ResultMatcher.match(List.of(
                new ResultRow(2, "E001", Product.LOAN_REPAYMENT, 30_000),
                new ResultRow(3, "E001", Product.INSTALLMENT_DEPOSIT, 4_000),
                new ResultRow(4, "E002", Product.LOAN_REPAYMENT, 25_000),
                new ResultRow(5, "E009", Product.LOAN_REPAYMENT, 100),
                new ResultRow(6, "E001", Product.CARD_LOAN_REPAYMENT, 100),
                new ResultRow(7, "E003", Product.MUTUAL_AID, 1_000)), LINES, KeyKind.EMPLOYEE_NUMBER);
        assertEquals(List.of(MatchOutcome.EQUAL, MatchOutcome.DIFFERENT, MatchOutcome.OVER_REQUEST,
                MatchOutcome.UNMATCHED, MatchOutcome.UNMATCHED, MatchOutcome.AMBIGUOUS),
                result.matches().stream().map(ResultMatcher.Match::outcome).toList());
        assertEquals(LOAN, result.matches().get(0).line());
        assertEquals(DEPOSIT, result.matches().get(1).line());
        assertNull(result.matches().get(3).line());
        assertEquals(List.of(TWIN_A, TWIN_B, NO_EMPLOYEE_NUMBER), result.linesWithoutRow());
        assertEquals(1, result.count(MatchOutcome.EQUAL));
    }

    @Test
    void personNumbersMatchWithoutTheirLeadingZeros() {
        Result result = ResultMatcher.match(List.of(new ResultRow(2, "101", Product.LOAN_REPAYMENT, 0),
                new ResultRow(3, "０００００１０４", Product.MUTUAL_AID, 500)), LINES, KeyKind.PERSON_NUMBER);
        assertEquals(LOAN, result.matches().get(0).line());
        assertEquals(MatchOutcome.DIFFERENT, result.matches().get(0).outcome());
        assertEquals(NO_EMPLOYEE_NUMBER, result.matches().get(1).line());
        assertEquals(MatchOutcome.EQUAL, result.matches().get(1).outcome());
    }

    @Test
    void anEmptyFileLeavesEveryLineWithoutARow() {
        assertEquals(LINES, ResultMatcher.match(List.of(), LINES, KeyKind.EMPLOYEE_NUMBER).linesWithoutRow());
    }
}
