package jp.kojo.deduction.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import jp.kojo.deduction.boundary.OrganizationCycleView;
import jp.kojo.deduction.boundary.PaymentRequestView;
import jp.kojo.deduction.control.PaymentRequestCalculator.LineAmount;
import jp.kojo.deduction.entity.CycleKind;
import jp.kojo.deduction.entity.CycleStatus;
import jp.kojo.deduction.entity.Product;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PaymentRequestPdfWriterTest {
    @Test
    void onePortraitA4PageWithTitleOrganisationTotalsAndApproval() throws Exception {
        PaymentRequestCalculator calculator = new PaymentRequestCalculator()
                .add(new LineAmount(Product.LOAN_REPAYMENT, 30_000, false, false))
                .add(new LineAmount(Product.LOAN_REPAYMENT, 20_000, true, true))
                .add(new LineAmount(Product.INSTALLMENT_DEPOSIT, 1_234_567, false, false));
        OrganizationCycleView cycle = new OrganizationCycleView(7, YearMonth.of(2026, 12), CycleKind.MONTHLY,
                LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 23), CycleStatus.SENT, 0, false, "union01g",
                LocalDateTime.of(2026, 12, 21, 9, 0), "union01", LocalDateTime.of(2026, 12, 21, 10, 5), false,
                "union01", LocalDateTime.of(2026, 12, 21, 10, 6), null, null, null, true, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PaymentRequestPdfWriter.write(new PaymentRequestView("1000000001", "全国ろうきん労働組合", cycle,
                calculator.totals(), LocalDateTime.of(2026, 12, 21, 10, 7)), out);
        Path file = Path.of("target/payment-request-sample.pdf");
        Files.write(file, out.toByteArray());
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertEquals(1, pdf.getNumberOfPages());
            assertEquals(PDRectangle.A4.getWidth(), pdf.getPage(0).getMediaBox().getWidth(), 1);
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("まとめ入金依頼書"), text);
            assertTrue(text.contains("全国ろうきん労働組合"), text);
            assertTrue(text.contains("1000000001"), text);
            assertTrue(text.contains("2026年12月 月例"), text);
            assertTrue(text.contains("2026年12月25日"), text);
            assertTrue(text.contains("1,284,567円"), "total requested: " + text);
            assertTrue(text.contains("1,264,567円"), "total paid: " + text);
            assertTrue(text.contains("20,000円"), "left out: " + text);
            assertTrue(text.contains("送信済"), text);
            assertTrue(text.contains("2026年12月21日 10:06"), text);
            assertTrue(pdf.getPage(0).getResources().getFontNames().iterator().hasNext());
        }
    }
}
