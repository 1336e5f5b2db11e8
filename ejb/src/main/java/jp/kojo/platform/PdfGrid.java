package jp.kojo.platform;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.util.List;

/**
 * A long list printed as a grid drawn straight onto the page canvas, page after page, with the column
 * headings repeated at the top of each page.
 *
 * <p>Why not iText's layout {@code Table}: laying out every cell (a {@code Cell} holding a {@code Paragraph},
 * with borders and padding) cost about 1.6 ms per row, 35 s for 20,000 lines. Here a row is measured and
 * drawn with a handful of canvas operators: rows are as high as their tallest cell (text that does not fit
 * its column is first made smaller, then wrapped, never cut), backgrounds are filled, one line is stroked
 * under each row and the column rules once per page. Each page is flushed as soon as the next one starts, so
 * memory does not grow with the list.
 */
public final class PdfGrid {
    public enum Align { LEFT, CENTER, RIGHT }

    /** A column: headings in Japanese and English, a share of the width, the alignment of its cells. */
    public record Column(String labelJa, String labelEn, float weight, Align align) {
    }

    private static final float PAD_X = 3f;
    private static final float PAD_Y = 1.5f;
    private static final float LEADING = 1.2f;
    private static final float MIN_FONT_SIZE = 6f;
    private static final float HEADING_EN_SIZE = 6.5f;
    private static final float RULE_WIDTH = 0.5f;
    private static final Color HEADING_BACKGROUND = new DeviceGray(0.85f);
    private static final Color RULE = new DeviceGray(0.55f);
    private static final Color MUTED = new DeviceGray(0.35f);

    private final PdfDocument pdf;
    private final PdfFont font;
    private final PageSize pageSize;
    private final float fontSize;
    private final float left;
    private final float width;
    private final float pageTop;
    private final float bottom;
    private final List<Column> columns;
    private final float[] cellLeft;
    private final float[] cellWidth;

    private PdfPage page;
    private PdfCanvas canvas;
    /** Top of the grid on the current page, and where the next row starts. */
    private float gridTop;
    private float y;
    private boolean headingDrawn;

    /**
     * A grid that starts at {@code firstTop} on {@code firstPage} and continues on new pages of
     * {@code pageSize} between {@code pageTop} and {@code bottom}, {@code left} to {@code left + width}.
     */
    public PdfGrid(PdfDocument pdf, PdfFont font, float fontSize, PageSize pageSize, float left, float width,
                   float pageTop, float bottom, List<Column> columns, PdfPage firstPage, float firstTop) {
        this.pdf = pdf;
        this.font = font;
        this.fontSize = fontSize;
        this.pageSize = pageSize;
        this.left = left;
        this.width = width;
        this.pageTop = pageTop;
        this.bottom = bottom;
        this.columns = List.copyOf(columns);
        this.cellLeft = new float[columns.size()];
        this.cellWidth = new float[columns.size()];
        float weights = 0;
        for (Column column : columns) {
            weights += column.weight();
        }
        float x = left;
        for (int i = 0; i < columns.size(); i++) {
            cellLeft[i] = x;
            cellWidth[i] = width * columns.get(i).weight() / weights;
            x += cellWidth[i];
        }
        this.page = firstPage;
        this.canvas = new PdfCanvas(firstPage);
        this.gridTop = firstTop;
        this.y = firstTop;
    }

    /** Adds one row; {@code cells} has one entry per column ({@code null} prints nothing). */
    public void row(String[] cells, Color background) {
        CellText[] texts = new CellText[columns.size()];
        float height = 0;
        for (int i = 0; i < texts.length; i++) {
            texts[i] = CellText.fit(font, cells[i] == null ? "" : cells[i], fontSize, MIN_FONT_SIZE,
                    cellWidth[i] - 2 * PAD_X);
            height = Math.max(height, texts[i].height(LEADING));
        }
        height += 2 * PAD_Y;
        makeRoomFor(height);
        if (background != null) {
            canvas.saveState().setFillColor(background).rectangle(left, y - height, width, height).fill().restoreState();
        }
        canvas.beginText();
        for (int i = 0; i < texts.length; i++) {
            drawText(texts[i], columns.get(i).align(), cellLeft[i], cellWidth[i], y - PAD_Y);
        }
        canvas.endText();
        y -= height;
        canvas.saveState().setStrokeColor(RULE).setLineWidth(RULE_WIDTH)
                .moveTo(left, y).lineTo(left + width, y).stroke().restoreState();
    }

    /** A row of one cell across the whole width, centred (e.g. "no lines"). */
    public void wideRow(String text) {
        CellText fitted = CellText.fit(font, text, fontSize, MIN_FONT_SIZE, width - 2 * PAD_X);
        float height = fitted.height(LEADING) + 4 * PAD_Y;
        makeRoomFor(height);
        // The column rules end with the headings: the row has its own frame.
        drawColumnRules(gridTop, y);
        canvas.beginText();
        drawText(fitted, Align.CENTER, left, width, y - 2 * PAD_Y);
        canvas.endText();
        y -= height;
        canvas.saveState().setStrokeColor(RULE).setLineWidth(RULE_WIDTH)
                .rectangle(left, y, width, height).stroke().restoreState();
        gridTop = y;
    }

    /**
     * Ends the grid: draws the column rules of the last page. Returns where the grid ended on
     * {@link #page()}, for what is printed after it.
     */
    public float finish() {
        closeGridOnPage();
        return y;
    }

    /** The page the grid is on now. */
    public PdfPage page() {
        return page;
    }

    /**
     * Starts a new page for what follows the grid when it does not fit under it; the finished page is flushed.
     * Returns the top of the new page's free area.
     */
    public float nextPage() {
        PdfPage previous = page;
        canvas.release();
        page = pdf.addNewPage(pageSize);
        canvas = new PdfCanvas(page);
        previous.flush();
        y = pageTop;
        gridTop = pageTop;
        return y;
    }

    private void makeRoomFor(float height) {
        float heading = headingHeight();
        if (headingDrawn && y - height >= bottom) {
            return;
        }
        if (!headingDrawn && y - heading - height >= bottom) {
            drawHeading(heading);
            return;
        }
        closeGridOnPage();
        nextPage();
        drawHeading(heading);
    }

    private float headingHeight() {
        return fontSize * LEADING + HEADING_EN_SIZE * LEADING + 2 * PAD_Y;
    }

    private void drawHeading(float height) {
        gridTop = y;
        canvas.saveState().setFillColor(HEADING_BACKGROUND).rectangle(left, y - height, width, height).fill()
                .restoreState();
        canvas.beginText();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            CellText ja = CellText.shrink(font, column.labelJa(), fontSize, cellWidth[i] - 2 * PAD_X);
            drawText(ja, column.align(), cellLeft[i], cellWidth[i], y - PAD_Y);
            CellText en = CellText.shrink(font, column.labelEn(), HEADING_EN_SIZE, cellWidth[i] - 2 * PAD_X);
            canvas.setFillColor(MUTED);
            drawText(en, column.align(), cellLeft[i], cellWidth[i], y - PAD_Y - fontSize * LEADING);
            canvas.setFillColor(DeviceGray.BLACK);
        }
        canvas.endText();
        canvas.saveState().setStrokeColor(RULE).setLineWidth(RULE_WIDTH)
                .moveTo(left, y).lineTo(left + width, y)
                .moveTo(left, y - height).lineTo(left + width, y - height).stroke().restoreState();
        y -= height;
        headingDrawn = true;
    }

    private void closeGridOnPage() {
        if (!headingDrawn || gridTop <= y) {
            headingDrawn = false;
            return;
        }
        drawColumnRules(gridTop, y);
        headingDrawn = false;
    }

    private void drawColumnRules(float from, float to) {
        canvas.saveState().setStrokeColor(RULE).setLineWidth(RULE_WIDTH);
        for (int i = 0; i < columns.size(); i++) {
            canvas.moveTo(cellLeft[i], from).lineTo(cellLeft[i], to);
        }
        canvas.moveTo(left + width, from).lineTo(left + width, to).stroke().restoreState();
    }

    /** Draws the lines of a cell's text from {@code top} down; must be inside a text object. */
    private void drawText(CellText text, Align align, float cellX, float cellW, float top) {
        canvas.setFontAndSize(font, text.size());
        float baseline = top - text.size() * 0.88f - (text.size() * (LEADING - 1)) / 2;
        for (CellText.Line line : text.lines()) {
            float x = switch (align) {
                case LEFT -> cellX + PAD_X;
                case RIGHT -> cellX + cellW - PAD_X - line.width();
                case CENTER -> cellX + (cellW - line.width()) / 2;
            };
            canvas.setTextMatrix(x, baseline);
            canvas.showText(line.text());
            baseline -= text.size() * LEADING;
        }
    }
}
