package jp.kojo.deduction.control;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.renderer.RootRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.kojo.deduction.boundary.DeductionLineView;
import jp.kojo.deduction.boundary.DeductionListHeader;
import jp.kojo.deduction.boundary.ProductTotal;
import jp.kojo.deduction.entity.Product;
import jp.kojo.platform.JapaneseFont;
import jp.kojo.platform.PdfGrid;
import jp.kojo.platform.PdfPageFooter;

/**
 * Prints a deduction request list (控除依頼リスト) as an A4 landscape PDF.
 *
 * <p>The title block and the totals are laid out by iText; the lines are drawn by {@link PdfGrid}, which flushes
 * each page as soon as it is full, so time and memory stay small however long the list is. Because the page
 * count is unknown while pages are flushed, each footer shows "n / " followed by a shared form XObject that receives "N ページ"
 * when the document closes. The last three columns are the inquiry's (mark against the previous cycle, previous
 * amount, status); ended lines, which have no line number or amount of their own, are printed last.
 */
public final class DeductionPdfWriter {


    private static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("uuuu年MM月");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年MM月dd日");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu年MM月dd日 HH:mm");

    private static final float MARGIN = 36f;
    private static final float BOTTOM_MARGIN = 48f;
    private static final float BODY_FONT_SIZE = 8.5f;
    private static final PageSize PAGE = PageSize.A4.rotate();
    private static final float CONTENT_WIDTH = PAGE.getWidth() - 2 * MARGIN;
    /** Space between the last row and the totals' heading. */
    private static final float TOTALS_GAP = 14f;

    private static final Color HEADER_BACKGROUND = new DeviceGray(0.85f);
    private static final Color STRIPE_BACKGROUND = new DeviceGray(0.95f);
    private static final Color GRID = new DeviceGray(0.55f);
    private static final Color MUTED = new DeviceGray(0.35f);

    private static final String[][] COLUMNS = {
        {"行番号", "No."}, {"個人番号", "Person no."}, {"社員番号", "Employee no."}, {"氏名カナ", "Name (kana)"},
        {"氏名漢字", "Name"}, {"商品コード", "Code"}, {"商品名", "Product"}, {"店番", "Branch"},
        {"口座番号", "Account no."}, {"依頼金額", "Amount"}, {"前回比", "Change"}, {"前回金額", "Previous"},
        {"状態", "Status"},
    };
    private static final float[] COLUMN_WIDTHS = {5, 9, 8, 14, 12, 5, 11, 4, 8, 10, 6, 10, 7};
    private static final int AMOUNT_COLUMN = 9;
    private static final int PREVIOUS_AMOUNT_COLUMN = 11;
    private static final List<PdfGrid.Column> GRID_COLUMNS = gridColumns();

    private DeductionPdfWriter() {
    }

    private static List<PdfGrid.Column> gridColumns() {
        List<PdfGrid.Column> columns = new ArrayList<>();
        for (int i = 0; i < COLUMNS.length; i++) {
            PdfGrid.Align align = i == 0 || i == AMOUNT_COLUMN || i == PREVIOUS_AMOUNT_COLUMN ? PdfGrid.Align.RIGHT
                    : i == 5 || i == 7 || i == 10 ? PdfGrid.Align.CENTER : PdfGrid.Align.LEFT;
            columns.add(new PdfGrid.Column(COLUMNS[i][0], COLUMNS[i][1], COLUMN_WIDTHS[i], align));
        }
        return List.copyOf(columns);
    }

    /** Writes the list as a PDF to {@code out}, reading {@code lines} once. Does not close {@code out}. */
    public static void write(DeductionListHeader header, Iterable<DeductionLineView> lines, OutputStream out)
            throws IOException {
        PdfWriter writer = new PdfWriter(out);
        writer.setCloseStream(false);
        PdfDocument pdf = new PdfDocument(writer);
        try {
            PdfFont font = JapaneseFont.forDocument();
            PdfDocumentInfo info = pdf.getDocumentInfo();
            info.setTitle("控除依頼リスト " + nullToEmpty(header.contractNumber()) + " " + cycleText(header));
            info.setCreator("Kojo");

            PdfPageFooter.register(pdf, font, footerLeftText(header), footerRightText(header), MARGIN);

            PdfPage first = pdf.addNewPage(PAGE);
            float top;
            try (Canvas canvas = areaCanvas(first, PAGE.getHeight() - MARGIN, font)) {
                addTitle(canvas, header);
                top = freeTop(canvas);
            }
            PdfGrid grid = new PdfGrid(pdf, font, BODY_FONT_SIZE, PAGE, MARGIN, CONTENT_WIDTH,
                    PAGE.getHeight() - MARGIN, BOTTOM_MARGIN, GRID_COLUMNS, first, top);
            addLines(grid, lines);
            addTotals(grid, font, header);
        } catch (RuntimeException e) {
            // E.g. the paging query failed mid-way: release iText's resources, but report the original cause.
            try {
                pdf.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        pdf.close();
    }

    /** A layout canvas over the page's printable width, from {@code top} down to the bottom margin. */
    private static Canvas areaCanvas(PdfPage page, float top, PdfFont font) {
        Canvas canvas = new Canvas(new PdfCanvas(page), new Rectangle(MARGIN, BOTTOM_MARGIN, CONTENT_WIDTH,
                top - BOTTOM_MARGIN));
        canvas.setFont(font).setFontSize(BODY_FONT_SIZE);
        return canvas;
    }

    /** Where the free area of a layout canvas begins after what was added to it. */
    private static float freeTop(Canvas canvas) {
        return ((RootRenderer) canvas.getRenderer()).getCurrentArea().getBBox().getTop();
    }

    private static void addTitle(Canvas document, DeductionListHeader header) {
        document.add(new Paragraph()
                .add(new Text("控除依頼リスト").setFontSize(18))
                .add(new Text("   Deduction request list").setFontSize(10).setFontColor(MUTED))
                .setMargin(0).setMarginBottom(6));

        Table block = new Table(UnitValue.createPercentArray(new float[] {14, 36, 14, 36})).useAllAvailableWidth();
        block.setMarginBottom(8);
        addHeaderField(block, "契約番号", "Contract no.", nullToEmpty(header.contractNumber()));
        addHeaderField(block, "控除日", "Deduction date",
                header.deductionDate() == null ? "" : DATE.format(header.deductionDate()));
        addHeaderField(block, "団体名", "Organisation", nullToEmpty(header.organizationName()));
        addHeaderField(block, "作成日時", "Printed at",
                header.printedAt() == null ? "" : DATE_TIME.format(header.printedAt()));
        addHeaderField(block, "対象", "Cycle", cycleText(header)
                + (header.cycleKind() == null ? "" : " (" + header.cycleKind().nameEn() + ")"));
        addHeaderField(block, "件数 / 合計", "Lines / total",
                count(header.lineCount()) + " / " + yen(header.requestedTotal()));
        document.add(block);
    }

    private static void addHeaderField(Table block, String labelJa, String labelEn, String value) {
        block.addCell(new Cell().add(new Paragraph()
                        .add(new Text(labelJa + " "))
                        .add(new Text(labelEn).setFontSize(6.5f).setFontColor(MUTED)))
                .setBorder(Border.NO_BORDER).setBorderBottom(new SolidBorder(GRID, 0.5f))
                .setPadding(2).setFontSize(9));
        block.addCell(new Cell().add(new Paragraph(value))
                .setBorder(Border.NO_BORDER).setBorderBottom(new SolidBorder(GRID, 0.5f))
                .setPadding(2).setFontSize(10));
    }

    private static void addLines(PdfGrid grid, Iterable<DeductionLineView> lines) {
        long rows = 0;
        for (DeductionLineView line : lines) {
            Product product = line.product();
            grid.row(new String[] {
                line.ended() ? "" : Integer.toString(line.lineNumber()),
                line.personNumber(),
                line.employeeNumber(),
                line.nameKana(),
                line.nameKanji(),
                product == null ? null : product.code(),
                product == null ? null : product.nameJa(),
                line.accountBranchCode(),
                line.accountNumber(),
                line.ended() ? "" : yen(line.requestedAmount()),
                line.change() == null ? null : line.change().nameJa(),
                line.previousAmount() == null ? null : yen(line.previousAmount()),
                line.status() == null ? null : line.status().nameJa(),
            }, rows % 2 == 1 ? STRIPE_BACKGROUND : null);
            rows++;
        }
        if (rows == 0) {
            grid.wideRow("明細はありません (no lines)");
        }
    }

    private static void addTotals(PdfGrid grid, PdfFont font, DeductionListHeader header) {
        Table table = new Table(UnitValue.createPointArray(new float[] {60, 170, 80, 120}));
        for (String[] column : new String[][] {{"商品コード", "Code"}, {"商品名", "Product"}, {"件数", "Lines"},
                {"金額", "Amount"}}) {
            boolean numeric = column[0].equals("件数") || column[0].equals("金額");
            table.addHeaderCell(new Cell()
                    .add(new Paragraph(column[0]).setMargin(0))
                    .add(new Paragraph(column[1]).setMargin(0).setFontSize(6.5f).setFontColor(MUTED))
                    .setBackgroundColor(HEADER_BACKGROUND).setBorder(new SolidBorder(GRID, 0.5f)).setPadding(2)
                    .setTextAlignment(numeric ? TextAlignment.RIGHT : TextAlignment.LEFT));
        }
        if (header.totals() != null) {
            for (ProductTotal total : header.totals()) {
                Product product = total.product();
                table.addCell(totalCell(product == null ? "" : product.code(), TextAlignment.CENTER));
                table.addCell(totalCell(product == null ? "" : product.nameJa(), TextAlignment.LEFT));
                table.addCell(totalCell(count(total.lineCount()), TextAlignment.RIGHT));
                table.addCell(totalCell(yen(total.requestedTotal()), TextAlignment.RIGHT));
            }
        }
        table.addCell(totalCell("合計 Total", TextAlignment.LEFT).setBackgroundColor(HEADER_BACKGROUND)
                .setBorderTop(new SolidBorder(1.2f)));
        table.addCell(totalCell("", TextAlignment.LEFT).setBackgroundColor(HEADER_BACKGROUND)
                .setBorderTop(new SolidBorder(1.2f)));
        table.addCell(totalCell(count(header.lineCount()), TextAlignment.RIGHT)
                .setBackgroundColor(HEADER_BACKGROUND).setBorderTop(new SolidBorder(1.2f)));
        table.addCell(totalCell(yen(header.requestedTotal()), TextAlignment.RIGHT)
                .setBackgroundColor(HEADER_BACKGROUND).setBorderTop(new SolidBorder(1.2f)));

        // Kept together so that the heading never ends up alone at the foot of a page.
        Div section = new Div();
        section.add(new Paragraph()
                .add(new Text("商品別合計").setFontSize(12))
                .add(new Text("   Totals by product").setFontSize(8).setFontColor(MUTED))
                .setMargin(0).setMarginBottom(4));
        section.add(table);

        float top = grid.finish() - TOTALS_GAP;
        Canvas canvas = areaCanvas(grid.page(), top, font);
        if (heightOf(section, canvas) > top - BOTTOM_MARGIN) {
            canvas.close();
            float newPageTop = grid.nextPage();
            canvas = areaCanvas(grid.page(), newPageTop, font);
        }
        canvas.add(section);
        canvas.close();
    }

    /** The height {@code element} takes when laid out across the canvas's width. */
    private static float heightOf(Div element, Canvas canvas) {
        IRenderer renderer = element.createRendererSubTree().setParent(canvas.getRenderer());
        LayoutResult result = renderer.layout(new LayoutContext(
                new LayoutArea(1, new Rectangle(0, 0, CONTENT_WIDTH, PAGE.getHeight() * 10))));
        return result.getOccupiedArea().getBBox().getHeight();
    }

    private static Cell totalCell(String text, TextAlignment align) {
        Cell cell = new Cell().add(new Paragraph(text).setMargin(0));
        cell.setPaddingTop(2).setPaddingBottom(2).setPaddingLeft(3).setPaddingRight(3)
                .setBorder(new SolidBorder(GRID, 0.5f)).setTextAlignment(align).setFontSize(9.5f);
        return cell;
    }

    static String cycleText(DeductionListHeader header) {
        String ym = header.yearMonth() == null ? "" : YEAR_MONTH.format(header.yearMonth());
        String kind = header.cycleKind() == null ? "" : header.cycleKind().nameJa();
        return (ym + " " + kind).trim();
    }

    /** Amounts as printed: thousands separators and 円, e.g. 1,234,567円. */
    static String yen(long amount) {
        return String.format(Locale.JAPAN, "%,d円", amount);
    }

    static String count(long lines) {
        return String.format(Locale.JAPAN, "%,d件", lines);
    }

    private static String footerLeftText(DeductionListHeader header) {
        // Identifies a loose page: which list it belongs to.
        return "控除依頼リスト  " + nullToEmpty(header.contractNumber()) + "  "
                + nullToEmpty(header.organizationName()) + "  " + cycleText(header);
    }

    private static String footerRightText(DeductionListHeader header) {
        return header.printedAt() == null ? "" : "作成日時 " + DATE_TIME.format(header.printedAt());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
