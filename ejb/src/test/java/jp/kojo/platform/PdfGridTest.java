package jp.kojo.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfGridTest {
    private static final String LONG_NAME = "ジュゲムジュゲムゴコウノスリキレカイジャリスイギョノスイギョウマツウンライマツフウライマツ";

    @Test
    void textThatFitsKeepsItsSizeAndLongerTextShrinksBeforeItWraps() throws IOException {
        PdfFont font = JapaneseFont.forDocument();
        CellText fits = CellText.fit(font, "港 太郎", 8.5f, 6f, 100f);
        assertEquals(8.5f, fits.size());
        assertEquals(1, fits.lines().size());

        // Twelve full-width characters at 8.5 pt are 102 pt: a little smaller fits on one line.
        CellText shrunk = CellText.fit(font, "ミナトタロウミナトタロウ", 8.5f, 6f, 100f);
        assertEquals(1, shrunk.lines().size());
        assertTrue(shrunk.size() < 8.5f && shrunk.size() >= 6f, "size " + shrunk.size());
        assertTrue(shrunk.lines().get(0).width() <= 100f);

        CellText wrapped = CellText.fit(font, LONG_NAME, 8.5f, 6f, 100f);
        assertEquals(6f, wrapped.size());
        assertTrue(wrapped.lines().size() > 1);
        assertEquals(LONG_NAME, wrapped.lines().stream().map(CellText.Line::text).collect(Collectors.joining()),
                "nothing is cut when a text wraps");
        for (CellText.Line line : wrapped.lines()) {
            assertTrue(line.width() <= 100f, line + " is wider than the cell");
        }
    }

    @Test
    void rowsContinueOnNewPagesUnderRepeatedHeadingsAndNoTextIsLost() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PageSize a4 = PageSize.A4;
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            PdfFont font = JapaneseFont.forDocument();
            PdfPage first = pdf.addNewPage(a4);
            PdfGrid grid = new PdfGrid(pdf, font, 9f, a4, 40, a4.getWidth() - 80, a4.getHeight() - 40, 40,
                    List.of(new PdfGrid.Column("番号", "No.", 1, PdfGrid.Align.RIGHT),
                            new PdfGrid.Column("氏名", "Name", 3, PdfGrid.Align.LEFT),
                            new PdfGrid.Column("金額", "Amount", 2, PdfGrid.Align.RIGHT)),
                    first, a4.getHeight() - 200);
            for (int i = 1; i <= 120; i++) {
                grid.row(new String[] {Integer.toString(i), i == 7 ? LONG_NAME + LONG_NAME : "氏名" + i, i + "円"}, null);
            }
            grid.finish();
        }
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertTrue(document.getNumberOfPages() >= 3, "120 rows need several pages");
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertTrue(text.contains("氏名") && text.contains("Amount"), "headings on page " + page + ": " + text);
            }
            String all = new PDFTextStripper().getText(document);
            assertTrue(all.contains("氏名1\n") || all.contains("氏名1 "), all);
            assertTrue(all.contains("氏名120"), all);
            assertTrue(all.contains("120円"), all);
            String withoutBreaks = all.replaceAll("\\s", "");
            assertTrue(withoutBreaks.contains(LONG_NAME + LONG_NAME), "the wrapped name is printed whole");
        }
    }
}
