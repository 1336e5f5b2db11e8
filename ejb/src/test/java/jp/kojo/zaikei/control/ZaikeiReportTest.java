package jp.kojo.zaikei.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.kojo.deduction.entity.CycleKind;
import jp.kojo.deduction.entity.CycleStatus;
import jp.kojo.platform.CsvEncoding;
import jp.kojo.zaikei.boundary.ZaikeiDepositLineView;
import jp.kojo.zaikei.boundary.ZaikeiDepositTotal;
import jp.kojo.zaikei.boundary.ZaikeiDepositView;
import jp.kojo.zaikei.boundary.ZaikeiKindTotal;
import jp.kojo.zaikei.boundary.ZaikeiLineView;
import jp.kojo.zaikei.boundary.ZaikeiStatementHeader;
import jp.kojo.zaikei.boundary.ZaikeiStatementView;
import jp.kojo.zaikei.entity.ZaikeiChangeKind;
import jp.kojo.zaikei.entity.ZaikeiKind;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ZaikeiReportTest {
    private static final LocalDate BIRTH = LocalDate.of(1980, 4, 1);

    @Test
    void statementPdfHasHeaderTotalsByKindAndEveryLineOverPages() throws Exception {
        List<ZaikeiLineView> lines = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            lines.add(new ZaikeiLineView(i, i, String.format("%010d", i), "T" + i, "ヤマダ　タロウ" + i, BIRTH,
                    ZaikeiKind.values()[i % 3], String.format("%08d", 41_000_000 + i), 10_000, 20_000,
                    i % 5 == 0 ? null : 1_000_000L + i, LocalDate.of(2010, 4, 1), null, i % 7 == 0));
        }
        ZaikeiStatementHeader header = new ZaikeiStatementHeader("3000000003", "東和商事株式会社",
                new ZaikeiStatementView(1, YearMonth.of(2026, 12), CycleKind.MONTHLY, LocalDate.of(2026, 12, 25),
                        LocalDateTime.of(2026, 12, 1, 9, 0)),
                List.of(new ZaikeiKindTotal(ZaikeiKind.GENERAL, 40, 400_000, 800_000, 40_000_000),
                        new ZaikeiKindTotal(null, 120, 1_200_000, 2_400_000, 100_000_000)),
                LocalDateTime.of(2026, 12, 1, 10, 0));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ZaikeiStatementReport.pdf(header, lines, out);
        Files.write(Path.of("target/zaikei-statement-sample.pdf"), out.toByteArray());
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertTrue(pdf.getNumberOfPages() >= 3, "120 lines over several pages");
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("財形貯蓄 お積立明細書"), text);
            assertTrue(text.contains("東和商事株式会社"), text);
            assertTrue(text.contains("2026年12月 月例"), text);
            assertTrue(text.contains("1,200,000"), text);
            assertTrue(text.contains("ヤマダ　タロウ120") || text.contains("ヤマダ タロウ120"), text);
        }

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ZaikeiStatementReport.csv(lines.subList(0, 2), CsvEncoding.WINDOWS_31J, csv);
        String[] rows = csv.toString(Charset.forName("windows-31j")).split("\r\n");
        assertEquals(3, rows.length);
        assertEquals("1,0000000001,T1,ヤマダ　タロウ1,1980-04-01,住宅,41000001,10000,20000,1000001,2010-04-01,,積立中", rows[1]);
    }

    @Test
    void depositPdfShowsTheChangesTotalsAndWorkflow() throws Exception {
        ZaikeiDepositView deposit = new ZaikeiDepositView(5, "3000000003", "東和商事株式会社", "2026年12月 月例",
                LocalDate.of(2027, 1, 25), LocalDate.of(2027, 1, 19), false, CycleStatus.SENT, "zaikei01g", "zaikei01",
                false, LocalDateTime.of(2027, 1, 10, 9, 0), "zaikei01", LocalDateTime.of(2027, 1, 10, 9, 5), true, true,
                List.of(),
                List.of(new ZaikeiDepositLineView("41000000", "0009100001", "アオキ　ケンイチ", BIRTH, ZaikeiKind.GENERAL,
                                5_000, 10_000, 0, 0, true, ZaikeiChangeKind.STOP),
                        new ZaikeiDepositLineView(null, "0009100099", "タナカ　イチロウ", BIRTH, ZaikeiKind.HOUSING,
                                0, 0, 10_000, 0, false, ZaikeiChangeKind.NEW_ENROLMENT)),
                List.of(new ZaikeiDepositTotal(ZaikeiKind.HOUSING, 1, 10_000, 0), new ZaikeiDepositTotal(null, 1, 10_000, 0)),
                LocalDateTime.of(2027, 1, 10, 9, 6));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ZaikeiDepositReport.pdf(deposit, out);
        Files.write(Path.of("target/zaikei-deposit-sample.pdf"), out.toByteArray());
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("財形預入明細書"), text);
            assertTrue(text.contains("送信済") && text.contains("新規申込") && text.contains("積立中止"), text);
            assertTrue(text.contains("2027年1月19日"), "the deadline: " + text);
        }
    }
}
