package jp.kojo.deduction.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.kojo.deduction.boundary.DeductionLineView;
import jp.kojo.deduction.boundary.LineChangeMark;
import jp.kojo.deduction.boundary.LineFilter;
import jp.kojo.deduction.boundary.LineStatus;
import jp.kojo.deduction.entity.Product;
import jp.kojo.deduction.entity.ResultCode;
import jp.kojo.platform.CsvEncoding;
import org.junit.jupiter.api.Test;

class LineChangeRuleTest {
    @Test
    void aLineWithoutOneOfTheSamePersonAndProductLastTimeIsNew() {
        assertEquals(LineChangeMark.NEW, LineChangeRule.mark(true, null, 12_000));
    }

    @Test
    void aDifferentAmountIsAChangeInEitherDirectionAndTheSameAmountIsNone() {
        assertEquals(LineChangeMark.CHANGED, LineChangeRule.mark(true, 12_000L, 12_001));
        assertEquals(LineChangeMark.CHANGED, LineChangeRule.mark(true, 12_000L, 0));
        assertEquals(LineChangeMark.UNCHANGED, LineChangeRule.mark(true, 12_000L, 12_000));
    }

    @Test
    void withoutAPreviousCycleNothingIsMarkedNotEvenNew() {
        assertNull(LineChangeRule.mark(false, null, 12_000));
        assertEquals(" AND 1 = 0", LineChangeRule.markCondition(LineChangeMark.NEW, false));
        assertEquals("", LineChangeRule.markCondition(null, false));
    }

    @Test
    void endedLinesAreNeverAmongTheCurrentLines() {
        assertEquals(" AND 1 = 0", LineChangeRule.markCondition(LineChangeMark.ENDED, true));
        assertFalse(new LineFilter(null, null, null, null, LineChangeMark.NEW, null).endedLinesShown());
        assertFalse(new LineFilter(null, null, null, null, null, LineStatus.DEDUCTED).endedLinesShown());
        assertTrue(new LineFilter(null, null, null, null, LineChangeMark.ENDED, null).endedLinesShown());
        assertTrue(LineFilter.NONE.endedLinesShown());
    }

    @Test
    void aPaymentStopIsItsOwnStatusAndNotDeductedWithoutOneIsNotDeducted() {
        assertEquals(LineStatus.DEDUCTED, LineChangeRule.status(null, false));
        assertEquals(LineStatus.DEDUCTED, LineChangeRule.status(ResultCode.DEDUCTED, false));
        assertEquals(LineStatus.NOT_DEDUCTED, LineChangeRule.status(ResultCode.NOT_DEDUCTED, false));
        assertEquals(LineStatus.PAYMENT_STOPPED, LineChangeRule.status(ResultCode.NOT_DEDUCTED, true));
    }

    @Test
    void theNotDeductedFilterKeepsThePaymentStoppedLinesToo() {
        assertTrue(LineChangeRule.statusMatches(LineStatus.NOT_DEDUCTED, LineStatus.PAYMENT_STOPPED));
        assertTrue(LineChangeRule.statusMatches(LineStatus.NOT_DEDUCTED, LineStatus.NOT_DEDUCTED));
        assertFalse(LineChangeRule.statusMatches(LineStatus.NOT_DEDUCTED, LineStatus.DEDUCTED));
        assertFalse(LineChangeRule.statusMatches(LineStatus.PAYMENT_STOPPED, LineStatus.NOT_DEDUCTED));
        assertFalse(LineChangeRule.statusMatches(LineStatus.DEDUCTED, LineStatus.PAYMENT_STOPPED));
        assertTrue(LineChangeRule.statusMatches(null, LineStatus.DEDUCTED));
    }

    @Test
    void theDeductedConditionCountsALineWithoutAResultCode() {
        // NOT(code = X OR stopped) would drop lines whose code is NULL: the condition must name IS NULL.
        assertTrue(LineChangeRule.statusCondition(LineStatus.DEDUCTED).contains("l.resultCode IS NULL"));
    }

    @Test
    void theCsvCarriesMarkPreviousAmountAndStatusAndAnEndedLineHasNoNumberOrAmount() throws Exception {
        DeductionLineView changed = new DeductionLineView(1, 1, "P1", "E1", "ア", "亜", Product.LOAN_REPAYMENT, "101",
                "0000001", 12_000, LineChangeMark.CHANGED, 11_000L, LineStatus.PAYMENT_STOPPED);
        DeductionLineView ended = new DeductionLineView(2, 0, "P2", "E2", "イ", "伊", Product.LOAN_REPAYMENT, "101",
                "0000002", 0, LineChangeMark.ENDED, 5_000L, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DeductionCsvWriter.write(null, List.of(changed, ended), jp.kojo.platform.CsvEncoding.UTF8_BOM, out);
        String[] rows = new String(out.toByteArray(), StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertTrue(rows[1].endsWith(",12000,変更,11000,入金中止"), rows[1]);
        assertTrue(rows[2].startsWith(",P2,"), rows[2]);
        assertTrue(rows[2].endsWith(",0000002,,終了,5000,"), rows[2]);
    }
}
