package jp.kojo.deduction.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.kojo.deduction.boundary.OrganizationCycleView;
import jp.kojo.deduction.boundary.PayrollLineView;
import jp.kojo.deduction.boundary.PayrollProductTotal;
import jp.kojo.deduction.boundary.PayrollTotals;
import jp.kojo.deduction.entity.CycleKind;
import jp.kojo.deduction.entity.CycleStatus;
import jp.kojo.deduction.entity.NotDeductedReason;
import jp.kojo.deduction.entity.Product;
import jp.kojo.deduction.entity.ResultCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PayrollPdfWriterTest {
    @Test
    void theListShowsTotalsAndEveryLineWithItsDifferenceOnManyPages() throws Exception {
        OrganizationCycleView cycle = new OrganizationCycleView(1, YearMonth.of(2026, 12), CycleKind.MONTHLY,
                LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 23), CycleStatus.IN_PROGRESS, 3, false, null, null,
                null, null, false, null, null, null, null, null, true, true);
        List<PayrollLineView> lines = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            ResultCode code = i % 3 == 0 ? ResultCode.NOT_DEDUCTED : i % 3 == 1 ? ResultCode.DEDUCTED : null;
            lines.add(new PayrollLineView(i, 0, i, String.format("%07d", i), "E" + i, "ミナト タロウ", "港 太郎",
                    Product.LOAN_REPAYMENT, 10_000, code, code == null ? null : code == ResultCode.DEDUCTED ? 10_000L : 0L,
                    code == ResultCode.NOT_DEDUCTED ? NotDeductedReason.RETIRED : null, null));
        }
        PayrollTotals totals = new PayrollTotals(List.of(new PayrollProductTotal(Product.LOAN_REPAYMENT, 120, 1_200_000, 400_000, 400_000, 40)),
                new PayrollProductTotal(null, 120, 1_200_000, 400_000, 400_000, 40));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PayrollPdfWriter.write(new PayrollPdfWriter.Head("2000000002", "株式会社みなと製作所", cycle,
                LocalDateTime.of(2026, 12, 1, 10, 0)), totals, lines, out);
        Files.write(Path.of("target", "payroll-results-sample.pdf"), out.toByteArray());
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(pdf.getNumberOfPages() > 1, "120 lines take more than a page");
            assertTrue(text.contains("控除依頼(結果)リスト"), text);
            assertTrue(text.contains("1,200,000円") && text.contains("400,000円"), text);
            assertTrue(text.contains("控除不能") && text.contains("退職") && text.contains("未入力"), text);
            assertTrue(text.contains("10,000円"), text);
        }
    }
}
