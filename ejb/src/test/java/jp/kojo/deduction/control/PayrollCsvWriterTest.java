package jp.kojo.deduction.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.kojo.deduction.boundary.MatchOutcome;
import jp.kojo.deduction.boundary.PayrollLineView;
import jp.kojo.deduction.boundary.ReconciliationRowView;
import jp.kojo.deduction.entity.NotDeductedReason;
import jp.kojo.deduction.entity.Product;
import jp.kojo.deduction.entity.ResultCode;
import jp.kojo.platform.CsvEncoding;
import org.junit.jupiter.api.Test;

class PayrollCsvWriterTest {
    private static final PayrollLineView PARTIAL = new PayrollLineView(1, 1, 1, "0000100", "E0001", "ミナト", "=港",
            Product.LOAN_REPAYMENT, 10_123, ResultCode.PARTIALLY_DEDUCTED, 4_000L, NotDeductedReason.INSUFFICIENT_PAY, null);
    private static final PayrollLineView OPEN = new PayrollLineView(2, 0, 2, "0000101", null, "ミナト", null,
            Product.MUTUAL_AID, 500, null, null, null, null);

    @Test
    void theResultListHasRequestResultAndDifferenceWithFormulasNeutralised() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PayrollCsvWriter.resultList(List.of(PARTIAL, OPEN), CsvEncoding.UTF8_BOM, out);
        String text = new String(out.toByteArray(), StandardCharsets.UTF_8);
        assertEquals("\uFEFF行番号,個人番号,社員番号,氏名カナ,氏名漢字,商品コード,商品名,依頼金額,控除額,差額,控除結果,控除不能事由,備考\r\n"
                + "1,0000100,E0001,ミナト,'=港,30,証書貸付返済,10123,4000,6123,一部控除,給与不足,\r\n"
                + "2,0000101,,ミナト,,50,共済掛金,500,,,未入力,,\r\n", text);
    }

    @Test
    void theReconciliationListsRowsThenLinesWithoutARow() throws Exception {
        ReconciliationRowView over = new ReconciliationRowView(9, 5, "E0004", Product.MUTUAL_AID, 99_999,
                MatchOutcome.OVER_REQUEST, 4L, 4, "ミナト", 40_123L, null, null, false, false);
        ReconciliationRowView unmatched = new ReconciliationRowView(10, 6, "E0099", Product.LOAN_REPAYMENT, 1_000,
                MatchOutcome.UNMATCHED, null, null, null, null, null, null, false, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PayrollCsvWriter.reconciliation(List.of(over, unmatched), List.of(OPEN), CsvEncoding.WINDOWS_31J, out);
        String text = new String(out.toByteArray(), ResultFileDecoder.WINDOWS_31J);
        assertEquals("照合結果,ファイル行,キー,商品コード,商品名,ファイル控除額,明細行番号,氏名カナ,依頼金額,差額,反映\r\n"
                + "依頼金額超過,5,E0004,50,共済掛金,99999,4,ミナト,40123,-59876,\r\n"
                + "該当明細なし,6,E0099,30,証書貸付返済,1000,,,,,\r\n"
                + "ファイルに行なし,,0000101,50,共済掛金,,2,ミナト,500,,\r\n", text);
    }
}
