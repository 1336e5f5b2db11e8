package jp.kojo.deduction.control;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.renderer.RootRenderer;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import jp.kojo.deduction.boundary.OrganizationCycleView;
import jp.kojo.deduction.boundary.PayrollLineView;
import jp.kojo.deduction.boundary.PayrollProductTotal;
import jp.kojo.deduction.boundary.PayrollTotals;
import jp.kojo.platform.JapaneseFont;
import jp.kojo.platform.PdfGrid;
import jp.kojo.platform.PdfPageFooter;

/**
 * 控除依頼(結果)リスト as A4 landscape with IPAex Gothic embedded: the totals by product (requested, deducted,
 * difference, lines without a result), then every line with request and result side by side, drawn by
 * {@link PdfGrid} as the iterable yields them (each full page flushed, so memory stays flat), a page footer with
 * "n / N ページ" on each page.
 */
public final class PayrollPdfWriter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm");
    private static final Color HEADER_BACKGROUND = new DeviceGray(0.88f);
    private static final Color DIFFERENCE = new DeviceGray(0.94f);
    private static final Color GRID = new DeviceGray(0.45f);
    private static final float MARGIN = 36f;
    private static final float BOTTOM_MARGIN = 48f;
    private static final PageSize PAGE = PageSize.A4.rotate();
    private static final float CONTENT_WIDTH = PAGE.getWidth() - 2 * MARGIN;
    /** Lines with a difference between request and result are shaded. */
    private static final List<PdfGrid.Column> COLUMNS = List.of(
            new PdfGrid.Column("行", "No.", 5, PdfGrid.Align.RIGHT),
            new PdfGrid.Column("個人番号", "Person no.", 9, PdfGrid.Align.LEFT),
            new PdfGrid.Column("社員番号", "Employee no.", 9, PdfGrid.Align.LEFT),
            new PdfGrid.Column("氏名", "Name", 16, PdfGrid.Align.LEFT),
            new PdfGrid.Column("商品", "Product", 14, PdfGrid.Align.LEFT),
            new PdfGrid.Column("依頼金額", "Requested", 11, PdfGrid.Align.RIGHT),
            new PdfGrid.Column("控除額", "Deducted", 11, PdfGrid.Align.RIGHT),
            new PdfGrid.Column("差額", "Difference", 11, PdfGrid.Align.RIGHT),
            new PdfGrid.Column("結果", "Result", 8, PdfGrid.Align.LEFT),
            new PdfGrid.Column("事由", "Reason", 8, PdfGrid.Align.LEFT));

    /** What the head of the list shows. */
    public record Head(String contractNumber, String organizationName, OrganizationCycleView cycle,
                       LocalDateTime printedAt) {
    }

    private PayrollPdfWriter() {
    }

    /** Writes the list to {@code out}; does not close it. */
    public static void write(Head head, PayrollTotals totals, Iterable<PayrollLineView> lines, OutputStream out)
            throws IOException {
        PdfWriter writer = new PdfWriter(out);
        writer.setCloseStream(false);
        PdfDocument pdf = new PdfDocument(writer);
        try {
            PdfFont font = JapaneseFont.forDocument();
            String title = "控除依頼(結果)リスト " + head.contractNumber() + " " + head.cycle().labelJa();
            pdf.getDocumentInfo().setTitle(title);
            pdf.getDocumentInfo().setCreator("Kojo");
            PdfPageFooter.register(pdf, font, title + "  " + head.organizationName(),
                    "作成日時 " + DATE_TIME.format(head.printedAt()), MARGIN);

            PdfPage first = pdf.addNewPage(PAGE);
            float top;
            try (Canvas canvas = new Canvas(new PdfCanvas(first), new Rectangle(MARGIN, BOTTOM_MARGIN, CONTENT_WIDTH,
                    PAGE.getHeight() - MARGIN - BOTTOM_MARGIN))) {
                canvas.setFont(font).setFontSize(8.5f);
                canvas.add(new Paragraph().add(new Text("控除依頼(結果)リスト").setFontSize(16))
                        .add(new Text("   Deduction requests and results").setFontSize(9))
                        .setTextAlignment(TextAlignment.CENTER).setMarginTop(0).setMarginBottom(6));
                canvas.add(new Paragraph(head.organizationName() + "（契約番号 " + head.contractNumber() + "）　"
                        + head.cycle().labelJa() + "　控除日 " + DATE.format(head.cycle().paymentDate()) + "　状態 "
                        + PaymentRequestPdfWriter.statusJa(head.cycle().status()) + "　作成 "
                        + DATE_TIME.format(head.printedAt()))
                        .setFontSize(9).setMarginBottom(6));
                canvas.add(totals(totals).setMarginBottom(10));
                top = ((RootRenderer) canvas.getRenderer()).getCurrentArea().getBBox().getTop();
            }
            PdfGrid grid = new PdfGrid(pdf, font, 8.5f, PAGE, MARGIN, CONTENT_WIDTH, PAGE.getHeight() - MARGIN,
                    BOTTOM_MARGIN, COLUMNS, first, top);
            long rows = 0;
            for (PayrollLineView l : lines) {
                boolean differs = l.difference() != null && l.difference() != 0;
                grid.row(new String[] {
                    Integer.toString(l.lineNumber()),
                    l.personNumber(),
                    l.employeeNumber(),
                    l.nameKanji() == null ? l.nameKana() : l.nameKanji(),
                    l.product().nameJa(),
                    yen(l.requestedAmount()),
                    l.deductedAmount() == null ? "－" : yen(l.deductedAmount()),
                    l.difference() == null ? "－" : yen(l.difference()),
                    PayrollCsvWriter.resultJa(l.resultCode()),
                    l.reason() == null ? "" : l.reason().nameJa(),
                }, differs ? DIFFERENCE : null);
                rows++;
            }
            if (rows == 0) {
                grid.wideRow("明細はありません (no lines)");
            }
            grid.finish();
        } catch (RuntimeException e) {
            try {
                pdf.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        pdf.close();
    }

    private static Table totals(PayrollTotals totals) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {22, 10, 17, 17, 17, 17})).useAllAvailableWidth();
        for (String h : new String[] {"商品", "件数", "依頼金額", "控除額", "差額", "結果未入力"}) {
            table.addHeaderCell(header(h));
        }
        for (PayrollProductTotal t : totals.products()) {
            total(table, t.product().nameJa(), t, false);
        }
        total(table, "合計", totals.total(), true);
        return table;
    }

    private static void total(Table table, String label, PayrollProductTotal t, boolean sum) {
        table.addCell(cell(label, TextAlignment.LEFT, sum));
        table.addCell(cell(String.format(Locale.JAPAN, "%,d件", t.lineCount()), TextAlignment.RIGHT, sum));
        table.addCell(cell(yen(t.requestedAmount()), TextAlignment.RIGHT, sum));
        table.addCell(cell(yen(t.deductedAmount()), TextAlignment.RIGHT, sum));
        table.addCell(cell(yen(t.differenceAmount()), TextAlignment.RIGHT, sum));
        table.addCell(cell(String.format(Locale.JAPAN, "%,d件", t.withoutResult()), TextAlignment.RIGHT, sum));
    }

    private static Cell header(String text) {
        return new Cell().add(new Paragraph(text).setMargin(0)).setBackgroundColor(HEADER_BACKGROUND)
                .setBorder(new SolidBorder(GRID, 0.5f)).setPadding(2).setFontSize(8);
    }

    private static Cell cell(String text, TextAlignment align, boolean shaded) {
        Cell cell = new Cell().add(new Paragraph(text == null ? "" : text).setMargin(0)).setTextAlignment(align)
                .setBorder(new SolidBorder(GRID, 0.5f)).setPadding(2);
        return shaded ? cell.setBackgroundColor(DIFFERENCE) : cell;
    }

    static String yen(long amount) {
        return String.format(Locale.JAPAN, "%,d円", amount);
    }
}
