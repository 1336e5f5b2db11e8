package jp.kojo.deduction.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kojo.deduction.boundary.DeductionLineView;
import jp.kojo.deduction.boundary.DeductionListHeader;
import jp.kojo.deduction.boundary.ProductTotal;
import jp.kojo.deduction.entity.CycleKind;
import jp.kojo.deduction.entity.Product;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class DeductionPdfWriterTest {

    private static final int LINE_COUNT = 250;
    private static final Product[] PRODUCTS = Product.values();

    /** Deterministic sample data, produced on demand as a database cursor would. */
    private static DeductionLineView sampleLine(int i) {
        String kana = i == 1 ? "ヤマダ タロウ" : "カイイン" + i;
        String kanji = i == 1 ? "山田 太郎" : "会員 " + i + "号";
        return new DeductionLineView(i, i, String.format("%08d", i), String.format("E%05d", i), kana, kanji,
                PRODUCTS[i % PRODUCTS.length], "123", String.format("%07d", 1_000_000 + i), amount(i));
    }

    private static long amount(int i) {
        return i == 1 ? 1_234_567 : 1_000L * i;
    }

    private static Iterable<DeductionLineView> lazyLines(int count) {
        return () -> new Iterator<>() {
            int next = 1;

            @Override
            public boolean hasNext() {
                return next <= count;
            }

            @Override
            public DeductionLineView next() {
                return sampleLine(next++);
            }
        };
    }

    private static DeductionListHeader header(int count) {
        List<ProductTotal> totals = new ArrayList<>();
        for (Product product : PRODUCTS) {
            long n = 0;
            long sum = 0;
            for (int i = 1; i <= count; i++) {
                if (PRODUCTS[i % PRODUCTS.length] == product) {
                    n++;
                    sum += amount(i);
                }
            }
            totals.add(new ProductTotal(product, n, sum));
        }
        return new DeductionListHeader("K-2026-0042", "東都電機労働組合", YearMonth.of(2026, 11), CycleKind.MONTHLY,
                LocalDate.of(2026, 11, 25), LocalDateTime.of(2026, 11, 10, 14, 5), totals);
    }

    private static byte[] render(DeductionListHeader header, Iterable<DeductionLineView> lines) throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };
        DeductionPdfWriter.write(header, lines, out);
        assertFalse(closed[0], "the caller's stream must stay open");
        byte[] pdf = out.toByteArray();
        // Lets a person look at the output: mvn test leaves it under target/.
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "deduction-list-" + header.contractNumber() + ".pdf"), pdf);
        return pdf;
    }

    private static String text(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    @Test
    void printsHeaderLinesTotalsAndPageNumbers() throws IOException {
        DeductionListHeader header = header(LINE_COUNT);
        byte[] bytes = render(header, lazyLines(LINE_COUNT));

        try (PDDocument doc = Loader.loadPDF(bytes)) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages > 1, "250 lines must span several pages, got " + pages);
            PDPage first = doc.getPage(0);
            assertTrue(first.getMediaBox().getWidth() > first.getMediaBox().getHeight(), "A4 landscape");
            assertEquals(842f, first.getMediaBox().getWidth(), 1f);

            String all = new PDFTextStripper().getText(doc);
            String firstPage = text(doc, 1);
            assertTrue(firstPage.contains("控除依頼リスト"), firstPage);
            assertTrue(firstPage.contains("Deduction request list"), firstPage);
            assertTrue(firstPage.contains("K-2026-0042"), firstPage);
            assertTrue(firstPage.contains("東都電機労働組合"), firstPage);
            assertTrue(firstPage.contains("2026年11月 月例"), firstPage);
            assertTrue(firstPage.contains("2026年11月25日"), firstPage);
            assertTrue(firstPage.contains("2026年11月10日 14:05"), firstPage);
            assertTrue(firstPage.contains("ヤマダ タロウ"), firstPage);
            assertTrue(firstPage.contains("山田 太郎"), firstPage);
            assertTrue(firstPage.contains("1,234,567円"), firstPage);

            // Every line made it in, in order: the last one is on the last pages.
            assertTrue(all.contains("カイイン" + LINE_COUNT), "last line missing");
            assertTrue(all.contains(String.format("%,d円", amount(LINE_COUNT))));

            Pattern pageNumber = Pattern.compile("(?<!\\d)(\\d+) / (\\d+) ページ");
            for (int p = 1; p <= pages; p++) {
                String pageText = text(doc, p);
                Matcher m = pageNumber.matcher(pageText);
                assertTrue(m.find(), "no page number on page " + p + ":\n" + pageText);
                assertEquals(p, Integer.parseInt(m.group(1)));
                assertEquals(pages, Integer.parseInt(m.group(2)));
                // The totals may start a page of their own (the inquiry's columns make rows taller): no lines there.
                if (p < pages || pageText.contains("カイイン")) {
                    assertTrue(pageText.contains("行番号"), "table header not repeated on page " + p);
                    assertTrue(pageText.contains("依頼金額"), "table header not repeated on page " + p);
                    assertTrue(pageText.contains("前回比"), "inquiry columns missing on page " + p);
                }
            }
            assertTrue(firstPage.contains("1 / " + pages + " ページ"));

            // Totals come after the last line, from header.totals().
            String lastPage = text(doc, pages);
            int totalsAt = all.lastIndexOf("商品別合計");
            assertTrue(totalsAt > all.lastIndexOf("カイイン" + LINE_COUNT), "totals must follow the lines");
            String totals = all.substring(totalsAt);
            for (ProductTotal total : header.totals()) {
                assertTrue(totals.contains(total.product().nameJa()), totals);
                assertTrue(totals.contains(String.format("%,d円", total.requestedTotal())), totals);
                assertTrue(totals.contains(total.lineCount() + "件"), totals);
            }
            long expectedTotal = 0;
            for (int i = 1; i <= LINE_COUNT; i++) {
                expectedTotal += amount(i);
            }
            assertEquals(expectedTotal, header.requestedTotal());
            assertTrue(Pattern.compile("合計 Total\\s+250件\\s+" + Pattern.quote(String.format("%,d円", expectedTotal)))
                    .matcher(totals).find(), totals);
            assertTrue(lastPage.contains("商品別合計"), lastPage);
        }
    }

    @Test
    void embedsIpaexGothicAsSubset() throws IOException {
        byte[] bytes = render(header(LINE_COUNT), lazyLines(LINE_COUNT));
        // The whole IPAex Gothic is about 4 MB; a subset of the few glyphs used is far smaller.
        assertTrue(bytes.length < 1_000_000, "font not subset? PDF has " + bytes.length + " bytes");
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            int fontsSeen = 0;
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fontsSeen++;
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    assertTrue(font.getName().matches("[A-Z]{6}\\+IPAexGothic"),
                            "expected a subset prefix, got " + font.getName());
                }
            }
            assertTrue(fontsSeen >= doc.getNumberOfPages(), "every page uses the embedded font");
        }
    }

    @Test
    void emptyListStillPrintsHeaderAndTotals() throws IOException {
        DeductionListHeader header = new DeductionListHeader("K-1", "空組合", YearMonth.of(2026, 12),
                CycleKind.BONUS, LocalDate.of(2026, 12, 10), LocalDateTime.of(2026, 12, 1, 8, 0), List.of());
        byte[] bytes = render(header, List.of());
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertEquals(1, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("2026年12月 賞与"), text);
            assertTrue(text.contains("明細はありません"), text);
            assertTrue(text.contains("1 / 1 ページ"), text);
            assertTrue(Pattern.compile("合計 Total\\s+0件\\s+0円").matcher(text).find(), text);
        }
    }
}
