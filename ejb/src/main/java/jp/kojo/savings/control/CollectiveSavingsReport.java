package jp.kojo.savings.control;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.renderer.RootRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jp.kojo.platform.CsvEncoding;
import jp.kojo.platform.JapaneseFont;
import jp.kojo.platform.PdfGrid;
import jp.kojo.platform.PdfPageFooter;
import jp.kojo.savings.boundary.CollectiveMemberRow;
import jp.kojo.savings.boundary.CollectiveProductTotal;
import jp.kojo.savings.boundary.CollectiveStatementHeader;
import jp.kojo.savings.boundary.SavingsProduct;
import jp.kojo.zaikei.control.ZaikeiCsv;

/**
 * 一斉積立内訳明細表 as CSV (one row per member, a column per product, Excel-ready through the savings screens' CSV
 * writer) and as A4 landscape PDF (head, totals by product, then the members drawn by {@link PdfGrid}, so memory
 * stays flat however many members; "n / N ページ" on every page).
 */
public final class CollectiveSavingsReport {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm");
    private static final Color HEADER_BACKGROUND = new DeviceGray(0.88f);
    private static final Color TOTAL_BACKGROUND = new DeviceGray(0.94f);
    private static final Color GRID = new DeviceGray(0.45f);
    private static final float MARGIN = 36f;
    private static final float BOTTOM_MARGIN = 48f;
    private static final PageSize PAGE = PageSize.A4.rotate();
    private static final float CONTENT_WIDTH = PAGE.getWidth() - 2 * MARGIN;
    static final String TITLE = "一斉積立内訳明細表";

    private CollectiveSavingsReport() {
    }

    static List<String> csvColumns() {
        List<String> columns = new ArrayList<>(List.of("行番号", "組合員番号", "社員番号", "氏名カナ"));
        for (SavingsProduct p : SavingsProduct.values()) {
            columns.add(p.nameJa());
        }
        columns.add("合計");
        return columns;
    }

    /** One row per member; a product without a contribution is an empty cell. Does not close {@code out}. */
    public static void csv(Iterable<CollectiveMemberRow> rows, CsvEncoding encoding, OutputStream out) throws IOException {
        List<List<Object>> cells = new ArrayList<>();
        for (CollectiveMemberRow r : rows) {
            List<Object> row = new ArrayList<>(Arrays.asList(r.lineNumber(), r.memberNumber(), r.employeeNumber(),
                    r.nameKana()));
            for (SavingsProduct p : SavingsProduct.values()) {
                row.add(r.amount(p));
            }
            row.add(r.total());
            cells.add(row);
        }
        ZaikeiCsv.write(csvColumns(), cells, encoding, out);
    }

    /** Writes the statement to {@code out}; does not close it. */
    public static void pdf(CollectiveStatementHeader header, Iterable<CollectiveMemberRow> rows, OutputStream out)
            throws IOException {
        PdfWriter writer = new PdfWriter(out);
        writer.setCloseStream(false);
        PdfDocument pdf = new PdfDocument(writer);
        try {
            PdfFont font = JapaneseFont.forDocument();
            String title = TITLE + " " + header.contractNumber() + " " + header.statement().labelJa();
            pdf.getDocumentInfo().setTitle(title);
            pdf.getDocumentInfo().setCreator("Kojo");
            PdfPageFooter.register(pdf, font, title + "  " + header.organizationName(),
                    "作成日時 " + DATE_TIME.format(header.printedAt()), MARGIN);

            PdfPage first = pdf.addNewPage(PAGE);
            float top;
            try (Canvas canvas = new Canvas(new PdfCanvas(first), new Rectangle(MARGIN, BOTTOM_MARGIN, CONTENT_WIDTH,
                    PAGE.getHeight() - MARGIN - BOTTOM_MARGIN))) {
                canvas.setFont(font).setFontSize(8.5f);
                canvas.add(new Paragraph().add(new Text(TITLE).setFontSize(16))
                        .add(new Text("   Union-wide savings breakdown").setFontSize(9))
                        .setTextAlignment(TextAlignment.CENTER).setMarginTop(0).setMarginBottom(6));
                canvas.add(new Paragraph(header.organizationName() + "（契約番号 " + header.contractNumber() + "）　"
                        + header.statement().labelJa() + "　積立日 " + DATE.format(header.statement().savingsDate())
                        + "　作成 " + DATE_TIME.format(header.printedAt()))
                        .setFontSize(9).setMarginBottom(6));
                canvas.add(totals(header.totals()).setMarginBottom(10));
                top = ((RootRenderer) canvas.getRenderer()).getCurrentArea().getBBox().getTop();
            }
            PdfGrid grid = new PdfGrid(pdf, font, 8.5f, PAGE, MARGIN, CONTENT_WIDTH, PAGE.getHeight() - MARGIN,
                    BOTTOM_MARGIN, columns(), first, top);
            long count = 0;
            for (CollectiveMemberRow r : rows) {
                String[] cells = new String[5 + SavingsProduct.values().length];
                cells[0] = Integer.toString(r.lineNumber());
                cells[1] = r.memberNumber();
                cells[2] = r.employeeNumber();
                cells[3] = r.nameKana();
                int i = 4;
                for (SavingsProduct p : SavingsProduct.values()) {
                    Long amount = r.amount(p);
                    cells[i++] = amount == null ? "" : yen(amount);
                }
                cells[i] = yen(r.total());
                grid.row(cells, null);
                count++;
            }
            if (count == 0) {
                grid.wideRow("明細はありません (no members)");
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

    private static List<PdfGrid.Column> columns() {
        List<PdfGrid.Column> columns = new ArrayList<>(List.of(
                new PdfGrid.Column("行", "No.", 5, PdfGrid.Align.RIGHT),
                new PdfGrid.Column("組合員番号", "Member no.", 10, PdfGrid.Align.LEFT),
                new PdfGrid.Column("社員番号", "Employee no.", 9, PdfGrid.Align.LEFT),
                new PdfGrid.Column("氏名カナ", "Name", 18, PdfGrid.Align.LEFT)));
        for (SavingsProduct p : SavingsProduct.values()) {
            columns.add(new PdfGrid.Column(p.nameJa(), p.nameEn(), 11, PdfGrid.Align.RIGHT));
        }
        columns.add(new PdfGrid.Column("合計", "Total", 11, PdfGrid.Align.RIGHT));
        return columns;
    }

    private static Table totals(List<CollectiveProductTotal> totals) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {30, 20, 25})).setWidth(UnitValue.createPercentValue(60));
        for (String h : new String[] {"商品", "人数", "積立金額"}) {
            table.addHeaderCell(new Cell().add(new Paragraph(h).setMargin(0)).setBackgroundColor(HEADER_BACKGROUND)
                    .setBorder(new SolidBorder(GRID, 0.5f)).setPadding(2).setFontSize(8));
        }
        for (CollectiveProductTotal t : totals) {
            boolean sum = t.product() == null;
            table.addCell(cell(sum ? "合計" : t.product().nameJa(), TextAlignment.LEFT, sum));
            table.addCell(cell(String.format(Locale.JAPAN, "%,d人", t.members()), TextAlignment.RIGHT, sum));
            table.addCell(cell(yen(t.amount()), TextAlignment.RIGHT, sum));
        }
        return table;
    }

    private static Cell cell(String text, TextAlignment align, boolean shaded) {
        Cell cell = new Cell().add(new Paragraph(text).setMargin(0)).setTextAlignment(align)
                .setBorder(new SolidBorder(GRID, 0.5f)).setPadding(2);
        return shaded ? cell.setBackgroundColor(TOTAL_BACKGROUND) : cell;
    }

    static String yen(long amount) {
        return String.format(Locale.JAPAN, "%,d円", amount);
    }
}
