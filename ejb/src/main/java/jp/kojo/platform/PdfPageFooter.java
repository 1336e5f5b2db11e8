package jp.kojo.platform;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.properties.TextAlignment;

/**
 * The footer of every page of a list: what the list is on the left (identifies a loose page), "n / N ページ" in
 * the middle, when it was printed on the right. Drawn as each page is finished (END_PAGE); because pages are
 * flushed before the page count is known, each footer refers to one form XObject that receives "N ページ" when
 * the document closes. Register it for END_PAGE and START_DOCUMENT_CLOSING with {@link #register}.
 */
public final class PdfPageFooter extends AbstractPdfDocumentEventHandler {
    private static final float TOTAL_WIDTH = 80f;
    private static final float FOOTER_Y = 22f;
    private static final float FOOTER_FONT_SIZE = 8f;
    private static final Color MUTED = new DeviceGray(0.35f);

    private final PdfFont font;
    private final String left;
    private final String right;
    private final float margin;
    private final PdfFormXObject totalPages;

    private PdfPageFooter(PdfFont font, String left, String right, float margin) {
        this.font = font;
        this.left = left;
        this.right = right;
        this.margin = margin;
        this.totalPages = new PdfFormXObject(new Rectangle(0, 0, TOTAL_WIDTH, FOOTER_FONT_SIZE * 2));
    }

    /** Adds a footer to every page of {@code pdf}, {@code margin} points from the left and right edges. */
    public static void register(PdfDocument pdf, PdfFont font, String left, String right, float margin) {
        PdfPageFooter footer = new PdfPageFooter(font, left, right, margin);
        pdf.addEventHandler(PdfDocumentEvent.END_PAGE, footer);
        pdf.addEventHandler(PdfDocumentEvent.START_DOCUMENT_CLOSING, footer);
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
            canvas.showTextAligned(left, margin, FOOTER_Y, TextAlignment.LEFT);
            canvas.setFontColor(DeviceGray.BLACK);
            canvas.showTextAligned(pageNumber + " /", centre, FOOTER_Y, TextAlignment.RIGHT);
        }
        // Layout trims trailing spaces of aligned text, so the gap before the total is made by position.
        pdfCanvas.addXObjectAt(totalPages, centre + font.getWidth(" ", FOOTER_FONT_SIZE), FOOTER_Y);
        try (Canvas canvas = new Canvas(pdfCanvas, size)) {
            canvas.setFont(font).setFontSize(FOOTER_FONT_SIZE).setFontColor(MUTED);
            canvas.showTextAligned(right, size.getWidth() - margin, FOOTER_Y, TextAlignment.RIGHT);
        }
        pdfCanvas.release();
    }
}
