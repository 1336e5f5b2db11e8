package jp.kojo.savings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.kojo.deduction.entity.CycleKind;
import jp.kojo.platform.CsvEncoding;
import jp.kojo.savings.boundary.CollectiveLineView;
import jp.kojo.savings.boundary.CollectiveMemberRow;
import jp.kojo.savings.boundary.CollectiveMemberSort;
import jp.kojo.savings.boundary.CollectiveProductTotal;
import jp.kojo.savings.boundary.CollectiveStatementHeader;
import jp.kojo.savings.boundary.CollectiveStatementView;
import jp.kojo.savings.boundary.SavingsProduct;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CollectiveSavingsReportTest {
    private static List<CollectiveMemberRow> members(int count) {
        List<CollectiveLineView> lines = new ArrayList<>();
        int n = 0;
        for (int i = 1; i <= count; i++) {
            String member = String.format("%010d", 7_000_000 + i);
            lines.add(new CollectiveLineView(++n, member, "E" + i, "サトウ　ヒロシ" + i, SavingsProduct.INSTALLMENT_DEPOSIT,
                    "101", "2000000", 10_000));
            if (i % 2 == 0) {
                lines.add(new CollectiveLineView(++n, member, "E" + i, "サトウ　ヒロシ" + i, SavingsProduct.PURPOSE_SAVINGS,
                        "101", "2000000", 20_000));
            }
        }
        return CollectiveMemberRows.of(lines, CollectiveMemberSort.LINE_NUMBER, true);
    }

    @Test
    void pdfHasTheHeadTotalsByProductAndEveryMemberOverPages() throws Exception {
        CollectiveStatementHeader header = new CollectiveStatementHeader("1000000001", "全国ろうきん労働組合",
                new CollectiveStatementView(1, YearMonth.of(2026, 12), CycleKind.MONTHLY, LocalDate.of(2026, 12, 25),
                        LocalDateTime.of(2026, 12, 1, 9, 0)),
                List.of(new CollectiveProductTotal(SavingsProduct.INSTALLMENT_DEPOSIT, 120, 1_200_000),
                        new CollectiveProductTotal(SavingsProduct.PURPOSE_SAVINGS, 60, 1_200_000),
                        new CollectiveProductTotal(null, 120, 2_400_000)),
                LocalDateTime.of(2026, 12, 1, 10, 0));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CollectiveSavingsReport.pdf(header, members(120), out);
        Files.write(Path.of("target/collective-savings-sample.pdf"), out.toByteArray());
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertTrue(pdf.getNumberOfPages() >= 3, "120 members over several pages");
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("一斉積立内訳明細表"), text);
            assertTrue(text.contains("全国ろうきん労働組合"), text);
            assertTrue(text.contains("2026年12月 月例") && text.contains("積立日 2026年12月25日"), text);
            assertTrue(text.contains("2,400,000円"), "the total of all products: " + text);
            assertTrue(text.contains("120人"), text);
            assertTrue(text.contains("サトウ　ヒロシ120") || text.contains("サトウ ヒロシ120"), "the last member: " + text);
            assertTrue(text.contains("30,000円"), "a member's total over two products: " + text);
            assertTrue(text.contains("1 / " + pdf.getNumberOfPages() + " ページ"), text);
        }
    }

    @Test
    void emptyPdfSaysSo() throws Exception {
        CollectiveStatementHeader header = new CollectiveStatementHeader("1000000001", "全国ろうきん労働組合",
                new CollectiveStatementView(1, YearMonth.of(2026, 12), CycleKind.BONUS, LocalDate.of(2026, 12, 10),
                        LocalDateTime.of(2026, 12, 1, 9, 0)),
                List.of(new CollectiveProductTotal(null, 0, 0)), LocalDateTime.of(2026, 12, 1, 10, 0));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CollectiveSavingsReport.pdf(header, List.of(), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("明細はありません"), text);
            assertTrue(text.contains("2026年12月 賞与"), text);
        }
    }

    @Test
    void csvHasOneRowPerMemberAndAColumnPerProductInBothEncodings() throws Exception {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        CollectiveSavingsReport.csv(members(2), CsvEncoding.WINDOWS_31J, csv);
        String[] rows = csv.toString(Charset.forName("windows-31j")).split("\r\n");
        assertEquals(3, rows.length);
        assertEquals("行番号,組合員番号,社員番号,氏名カナ,積立定期預金,定期積金,普通預金積立,目的別積立,合計", rows[0]);
        assertEquals("1,0007000001,E1,サトウ　ヒロシ1,10000,,,,10000", rows[1]);
        assertEquals("2,0007000002,E2,サトウ　ヒロシ2,10000,,,20000,30000", rows[2]);

        ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
        CollectiveSavingsReport.csv(members(1), CsvEncoding.UTF8_BOM, utf8);
        byte[] bytes = utf8.toByteArray();
        assertEquals((byte) 0xEF, bytes[0], "UTF-8 with BOM for Excel");
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("サトウ　ヒロシ1"));
    }
}
