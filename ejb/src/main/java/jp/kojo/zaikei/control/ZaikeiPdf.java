package jp.kojo.zaikei.control;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import jp.kojo.platform.JapaneseFont;

/**
 * The printed form of the asset-formation savings screens: A4 landscape, IPAex Gothic embedded, a title, a block
 * of header fields, optional totals, then the rows (a large table flushed as it grows, so memory stays flat).
 */
public final class ZaikeiPdf {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm");
    private static final Color SHADE = new DeviceGray(0.88f);
    private static final Color GRID = new DeviceGray(0.45f);
    private static final Color MUTED = new DeviceGray(0.35f);

    /** A column: Japanese and English heading, relative width, right-aligned (numbers) or not. */
    public record Column(String ja, String en, float width, boolean right) {
    }

    /** A table: its columns and rows of already formatted cells. */
    public record Grid(List<Column> columns, Iterable<List<String>> rows) {
    }

    private ZaikeiPdf() {
    }

    /** @param fields label/value pairs, two pairs per row; {@code totals} may be null */
    public static void write(String titleJa, String titleEn, List<String[]> fields, Grid totals, Grid rows,
                             LocalDateTime printedAt, OutputStream out) throws IOException {
        PdfWriter writer = new PdfWriter(out);
        writer.setCloseStream(false);
        PdfDocument pdf = new PdfDocument(writer);
        PdfFont font = JapaneseFont.forDocument();
        pdf.getDocumentInfo().setTitle(titleJa);
        pdf.getDocumentInfo().setCreator("Kojo");
        try (Document document = new Document(pdf, PageSize.A4.rotate())) {
            document.setMargins(36, 32, 36, 32);
            document.setFont(font).setFontSize(9);
            document.add(new Paragraph().add(new Text(titleJa).setFontSize(16))
                    .add(new Text("   " + titleEn).setFontSize(9).setFontColor(MUTED))
                    .setTextAlignment(TextAlignment.CENTER).setMarginBottom(8));
            Table head = new Table(UnitValue.createPercentArray(new float[] {14, 36, 14, 36})).useAllAvailableWidth();
            for (String[] field : fields) {
                head.addCell(new Cell().add(new Paragraph(field[0]).setMargin(0)).setBackgroundColor(SHADE)
                        .setBorder(new SolidBorder(GRID, 0.5f)).setPadding(2));
                head.addCell(new Cell().add(new Paragraph(field[1]).setMargin(0)).setBorder(new SolidBorder(GRID, 0.5f))
                        .setPadding(2));
            }
            if (fields.size() % 2 == 1) {
                head.addCell(new Cell(1, 2).setBorder(new SolidBorder(GRID, 0.5f)));
            }
            document.add(head.setMarginBottom(8));
            if (totals != null) {
                document.add(table(totals, false).setMarginBottom(8));
            }
            Table lines = table(rows, true);
            document.add(lines);
            int n = 0;
            for (List<String> row : rows.rows()) {
                addRow(lines, rows.columns(), row);
                if (++n % 50 == 0) {
                    lines.flush();
                }
            }
            lines.complete();
            document.add(new Paragraph("作成日時 " + DATE_TIME.format(printedAt)).setFontSize(7).setFontColor(MUTED)
                    .setTextAlignment(TextAlignment.RIGHT).setMarginTop(6));
        }
    }

    private static Table table(Grid grid, boolean large) {
        float[] widths = new float[grid.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = grid.columns().get(i).width();
        }
        Table table = new Table(UnitValue.createPercentArray(widths), large).useAllAvailableWidth();
        for (Column column : grid.columns()) {
            table.addHeaderCell(new Cell().add(new Paragraph(column.ja()).setMargin(0).setFontSize(8))
                    .add(new Paragraph(column.en()).setMargin(0).setFontSize(5.5f).setFontColor(MUTED))
                    .setBackgroundColor(SHADE).setBorder(new SolidBorder(GRID, 0.5f)).setPadding(2));
        }
        if (!large) {
            for (List<String> row : grid.rows()) {
                addRow(table, grid.columns(), row);
            }
        }
        return table;
    }

    private static void addRow(Table table, List<Column> columns, List<String> row) {
        for (int i = 0; i < columns.size(); i++) {
            String text = i < row.size() && row.get(i) != null ? row.get(i) : "";
            table.addCell(new Cell().add(new Paragraph(text).setMargin(0)).setFontSize(8)
                    .setTextAlignment(columns.get(i).right() ? TextAlignment.RIGHT : TextAlignment.LEFT)
                    .setBorder(new SolidBorder(GRID, 0.5f)).setPadding(2));
        }
    }

    public static String yen(long amount) {
        return String.format(Locale.JAPAN, "%,d", amount);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
