package jp.kojo.deduction.control;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
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
import java.util.Locale;
import jp.kojo.deduction.boundary.OrganizationCycleView;
import jp.kojo.deduction.boundary.PayrollLineView;
import jp.kojo.deduction.boundary.PayrollProductTotal;
import jp.kojo.deduction.boundary.PayrollTotals;
import jp.kojo.platform.JapaneseFont;

/**
 * 控除依頼(結果)リスト as A4 landscape with IPAex Gothic embedded: the totals by product (requested, deducted,
 * difference, lines without a result), then every line with request and result side by side. Lines are added
 * as the iterable yields them, the table flushed every {@link #FLUSH_EVERY} rows, so memory stays flat.
 */
public final class PayrollPdfWriter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm");
    private static final Color HEADER_BACKGROUND = new DeviceGray(0.88f);
    private static final Color DIFFERENCE = new DeviceGray(0.94f);
    private static final Color GRID = new DeviceGray(0.45f);
    private static final int FLUSH_EVERY = 50;

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
        PdfFont font = JapaneseFont.forDocument();
        pdf.getDocumentInfo().setTitle("控除依頼(結果)リスト " + head.contractNumber() + " " + head.cycle().labelJa());
        pdf.getDocumentInfo().setCreator("Kojo");
        try (Document document = new Document(pdf, PageSize.A4.rotate(), false)) {
            document.setMargins(30, 30, 36, 30);
            document.setFont(font).setFontSize(8.5f);
            document.add(new Paragraph().add(new Text("控除依頼(結果)リスト").setFontSize(16))
                    .add(new Text("   Deduction requests and results").setFontSize(9))
                    .setTextAlignment(TextAlignment.CENTER).setMarginBottom(6));
            document.add(new Paragraph(head.organizationName() + "（契約番号 " + head.contractNumber() + "）　"
                    + head.cycle().labelJa() + "　控除日 " + DATE.format(head.cycle().paymentDate()) + "　状態 "
                    + PaymentRequestPdfWriter.statusJa(head.cycle().status()) + "　作成 " + DATE_TIME.format(head.printedAt()))
                    .setFontSize(9).setMarginBottom(6));
            document.add(totals(totals).setMarginBottom(10));
            Table table = new Table(UnitValue.createPercentArray(new float[] {5, 9, 9, 16, 14, 11, 11, 11, 8, 8}), true)
                    .useAllAvailableWidth();
            document.add(table);
            for (String h : new String[] {"行", "個人番号", "社員番号", "氏名", "商品", "依頼金額", "控除額", "差額", "結果", "事由"}) {
                table.addHeaderCell(header(h));
            }
            int n = 0;
            for (PayrollLineView l : lines) {
                boolean differs = l.difference() != null && l.difference() != 0;
                table.addCell(cell(Integer.toString(l.lineNumber()), TextAlignment.RIGHT, differs));
                table.addCell(cell(l.personNumber(), TextAlignment.LEFT, differs));
                table.addCell(cell(l.employeeNumber(), TextAlignment.LEFT, differs));
                table.addCell(cell(l.nameKanji() == null ? l.nameKana() : l.nameKanji(), TextAlignment.LEFT, differs));
                table.addCell(cell(l.product().nameJa(), TextAlignment.LEFT, differs));
                table.addCell(cell(yen(l.requestedAmount()), TextAlignment.RIGHT, differs));
                table.addCell(cell(l.deductedAmount() == null ? "－" : yen(l.deductedAmount()), TextAlignment.RIGHT, differs));
                table.addCell(cell(l.difference() == null ? "－" : yen(l.difference()), TextAlignment.RIGHT, differs));
                table.addCell(cell(PayrollCsvWriter.resultJa(l.resultCode()), TextAlignment.LEFT, differs));
                table.addCell(cell(l.reason() == null ? "" : l.reason().nameJa(), TextAlignment.LEFT, differs));
                if (++n % FLUSH_EVERY == 0) {
                    table.flush();
                }
            }
            table.complete();
        }
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
