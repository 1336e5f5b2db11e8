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
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import jp.kojo.deduction.boundary.DeductionLineView;
import jp.kojo.deduction.boundary.DeductionListHeader;
import jp.kojo.deduction.boundary.ProductTotal;
import jp.kojo.deduction.entity.Product;
import jp.kojo.platform.JapaneseFont;

/**
 * Prints a deduction request list (控除依頼リスト) as an A4 landscape PDF.
 *
 * <p>The lines are laid out as an iText "large table" that is flushed every few rows and the pages are flushed
 * as soon as they are full, so memory stays flat however long the list is. Because the page count is unknown
 * while pages are flushed, each footer shows "n / " followed by a shared form XObject that receives "N ページ"
 * when the document closes. The last three columns are the inquiry's (mark against the previous cycle, previous
 * amount, status); ended lines, which have no line number or amount of their own, are printed last.
 */
public final class DeductionPdfWriter {


    private static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("uuuu年MM月");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年MM月dd日");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu年MM月dd日 HH:mm");

    private static final float MARGIN = 36f;
    private static final float BOTTOM_MARGIN = 48f;
    private static final float FOOTER_Y = 22f;
    private static final float FOOTER_FONT_SIZE = 8f;
    private static final float BODY_FONT_SIZE = 8.5f;
    /** Rows between flushes of the large table: bounds what the layout engine holds at once. */
    private static final int FLUSH_EVERY = 50;

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

    /** The font file is 4 MB; read it once per JVM. Racing first loads are harmless. */

    private DeductionPdfWriter() {
    }

    /** Writes the list as a PDF to {@code out}, reading {@code lines} once. Does not close {@code out}. */
    public static void write(DeductionListHeader header, Iterable<DeductionLineView> lines, OutputStream out)
            throws IOException {
        PdfWriter writer = new PdfWriter(out);
        writer.setCloseStream(false);
        PdfDocument pdf = new PdfDocument(writer);
        PdfFont font = JapaneseFont.forDocument();

        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle("控除依頼リスト " + nullToEmpty(header.contractNumber()) + " " + cycleText(header));
        info.setCreator("Kojo");

        PageFooter footer = new PageFooter(font, footerLeftText(header), footerRightText(header));
        pdf.addEventHandler(PdfDocumentEvent.END_PAGE, footer);
        pdf.addEventHandler(PdfDocumentEvent.START_DOCUMENT_CLOSING, footer);

        Document document = new Document(pdf, PageSize.A4.rotate());
        try {
            document.setMargins(MARGIN, MARGIN, BOTTOM_MARGIN, MARGIN);
            document.setFont(font).setFontSize(BODY_FONT_SIZE);
            addTitle(document, header);
            addLines(document, lines);
            addTotals(document, header);
        } catch (RuntimeException e) {
            // E.g. the paging query failed mid-way: release iText's resources, but report the original cause.
            try {
                document.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        document.close();
    }

    private static void addTitle(Document document, DeductionListHeader header) {
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

    private static void addLines(Document document, Iterable<DeductionLineView> lines) {
        Table table = new Table(UnitValue.createPercentArray(COLUMN_WIDTHS), true).useAllAvailableWidth();
        table.setFixedLayout();
        for (int i = 0; i < COLUMNS.length; i++) {
            TextAlignment align = i == AMOUNT_COLUMN || i == AMOUNT_COLUMN + 2 ? TextAlignment.RIGHT : TextAlignment.LEFT;
            // Header cells are repeated by iText at the top of every page the table continues on.
            table.addHeaderCell(new Cell()
                    .add(new Paragraph(COLUMNS[i][0]).setMargin(0))
                    .add(new Paragraph(COLUMNS[i][1]).setMargin(0).setFontSize(6.5f).setFontColor(MUTED))
                    .setBackgroundColor(HEADER_BACKGROUND).setBorder(new SolidBorder(GRID, 0.5f))
                    .setPadding(2).setTextAlignment(align).setVerticalAlignment(VerticalAlignment.MIDDLE));
        }
        // A large table must be added before its rows; rows are then rendered at each flush.
        document.add(table);

        long rows = 0;
        for (DeductionLineView line : lines) {
            Color background = rows % 2 == 1 ? STRIPE_BACKGROUND : null;
            Product product = line.product();
            table.addCell(bodyCell(line.ended() ? "" : Integer.toString(line.lineNumber()), TextAlignment.RIGHT, background));
            table.addCell(bodyCell(line.personNumber(), TextAlignment.LEFT, background));
            table.addCell(bodyCell(line.employeeNumber(), TextAlignment.LEFT, background));
            table.addCell(bodyCell(line.nameKana(), TextAlignment.LEFT, background));
            table.addCell(bodyCell(line.nameKanji(), TextAlignment.LEFT, background));
            table.addCell(bodyCell(product == null ? null : product.code(), TextAlignment.CENTER, background));
            table.addCell(bodyCell(product == null ? null : product.nameJa(), TextAlignment.LEFT, background));
            table.addCell(bodyCell(line.accountBranchCode(), TextAlignment.CENTER, background));
            table.addCell(bodyCell(line.accountNumber(), TextAlignment.LEFT, background));
            table.addCell(bodyCell(line.ended() ? "" : yen(line.requestedAmount()), TextAlignment.RIGHT, background));
            table.addCell(bodyCell(line.change() == null ? null : line.change().nameJa(), TextAlignment.CENTER, background));
            table.addCell(bodyCell(line.previousAmount() == null ? null : yen(line.previousAmount()), TextAlignment.RIGHT,
                    background));
            table.addCell(bodyCell(line.status() == null ? null : line.status().nameJa(), TextAlignment.LEFT, background));
            rows++;
            if (rows % FLUSH_EVERY == 0) {
                table.flush();
            }
        }
        if (rows == 0) {
            table.addCell(new Cell(1, COLUMNS.length)
                    .add(new Paragraph("明細はありません (no lines)"))
                    .setBorder(new SolidBorder(GRID, 0.5f)).setPadding(4).setTextAlignment(TextAlignment.CENTER));
        }
        table.complete();
    }

    private static Cell bodyCell(String text, TextAlignment align, Color background) {
        Cell cell = new Cell().add(new Paragraph(nullToEmpty(text)).setMargin(0))
                .setBorder(new SolidBorder(GRID, 0.5f)).setPaddingTop(1.5f).setPaddingBottom(1.5f)
                .setPaddingLeft(3).setPaddingRight(3).setTextAlignment(align);
        return background == null ? cell : cell.setBackgroundColor(background);
    }

    private static void addTotals(Document document, DeductionListHeader header) {
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
        Div section = new Div().setKeepTogether(true).setMarginTop(14);
        section.add(new Paragraph()
                .add(new Text("商品別合計").setFontSize(12))
                .add(new Text("   Totals by product").setFontSize(8).setFontColor(MUTED))
                .setMargin(0).setMarginBottom(4));
        section.add(table);
        document.add(section);
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


    /**
     * Draws the footer of each page as it is finished, and at document closing writes the page count into
     * the form XObject that every footer already refers to.
     */
    private static final class PageFooter extends AbstractPdfDocumentEventHandler {
        private static final float TOTAL_WIDTH = 80f;

        private final PdfFont font;
        private final String left;
        private final String right;
        private final PdfFormXObject totalPages;

        PageFooter(PdfFont font, String left, String right) {
            this.font = font;
            this.left = left;
            this.right = right;
            this.totalPages = new PdfFormXObject(new Rectangle(0, 0, TOTAL_WIDTH, FOOTER_FONT_SIZE * 2));
        }

        @Override
        protected void onAcceptedEvent(AbstractPdfDocumentEvent event) {
            PdfDocument pdf = event.getDocument();
            if (PdfDocumentEvent.START_DOCUMENT_CLOSING.equals(event.getType())) {
                // All content has been laid out by now, so the page count is final.
                try (Canvas canvas = new Canvas(totalPages, pdf)) {
                    canvas.setFont(font).setFontSize(FOOTER_FONT_SIZE);
                    canvas.showTextAligned(pdf.getNumberOfPages() + " ページ", 0, 0, TextAlignment.LEFT);
                }
                return;
            }
            PdfPage page = ((PdfDocumentEvent) event).getPage();
            int pageNumber = pdf.getPageNumber(page);
            Rectangle size = page.getPageSize();
            float centre = size.getWidth() / 2;
            PdfCanvas pdfCanvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
            try (Canvas canvas = new Canvas(pdfCanvas, size)) {
                canvas.setFont(font).setFontSize(FOOTER_FONT_SIZE).setFontColor(MUTED);
                // Drawn left to right so that text extraction reads the footer in visual order.
                canvas.showTextAligned(left, MARGIN, FOOTER_Y, TextAlignment.LEFT);
                canvas.setFontColor(DeviceGray.BLACK);
                canvas.showTextAligned(pageNumber + " /", centre, FOOTER_Y, TextAlignment.RIGHT);
            }
            // Layout trims trailing spaces of aligned text, so the gap before the total is made by position.
            pdfCanvas.addXObjectAt(totalPages, centre + font.getWidth(" ", FOOTER_FONT_SIZE), FOOTER_Y);
            try (Canvas canvas = new Canvas(pdfCanvas, size)) {
                canvas.setFont(font).setFontSize(FOOTER_FONT_SIZE).setFontColor(MUTED);
                canvas.showTextAligned(right, size.getWidth() - MARGIN, FOOTER_Y, TextAlignment.RIGHT);
            }
            pdfCanvas.release();
        }
    }
}
