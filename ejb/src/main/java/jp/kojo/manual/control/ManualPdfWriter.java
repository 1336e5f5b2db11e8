package jp.kojo.manual.control;

import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import java.io.IOException;
import java.io.OutputStream;
import jp.kojo.manual.boundary.Manual;
import jp.kojo.manual.boundary.ManualSection;
import jp.kojo.manual.boundary.ScreenshotSource;
import jp.kojo.platform.JapaneseFont;

/** Prints a manual as an A4 portrait PDF: the same source as the HTML page, IPAex Gothic embedded. */
public final class ManualPdfWriter {
    private static final float MARGIN = 48f;
    private static final DeviceRgb ACCENT = new DeviceRgb(0x0b, 0x4f, 0x8a);
    private static final DeviceGray MUTED = new DeviceGray(0.35f);

    private ManualPdfWriter() {
    }

    /** Writes the manual to {@code out}; a screenshot the source names but {@code screenshots} lacks is left out. */
    public static void write(Manual manual, ScreenshotSource screenshots, OutputStream out) throws IOException {
        PdfWriter writer = new PdfWriter(out);
        writer.setCloseStream(false);
        PdfDocument pdf = new PdfDocument(writer);
        PdfFont font = JapaneseFont.forDocument();
        pdf.getDocumentInfo().setTitle(manual.title()).setCreator("Kojo");

        try (Document document = new Document(pdf, PageSize.A4)) {
            document.setMargins(MARGIN, MARGIN, MARGIN, MARGIN);
            document.setFont(font).setFontSize(10.5f);
            document.add(new Paragraph(manual.title()).setFontSize(18).setFontColor(ACCENT).setMarginBottom(2));
            document.add(new Paragraph("労金控除サービス Kojo").setFontSize(9).setFontColor(MUTED));
            document.add(new Paragraph(manual.summary()).setMarginBottom(10));
            int number = 0;
            for (ManualSection section : manual.sections()) {
                number++;
                document.add(new Paragraph(number + ". " + section.heading()).setFontSize(13).setFontColor(ACCENT)
                        .setBorderBottom(new SolidBorder(ACCENT, 0.8f)).setMarginTop(12).setKeepWithNext(true));
                if (section.planned()) {
                    document.add(new Paragraph("（準備中の画面です）").setFontColor(MUTED).setFontSize(9));
                }
                for (String paragraph : section.paragraphs()) {
                    document.add(new Paragraph(paragraph).setFirstLineIndent(10.5f));
                }
                byte[] png = section.hasScreenshot() ? screenshots.read(section.screenshot()) : null;
                if (png != null) {
                    Image image = new Image(ImageDataFactory.create(png))
                            .setBorder(new SolidBorder(new DeviceGray(0.7f), 0.5f))
                            .setHorizontalAlignment(HorizontalAlignment.CENTER);
                    image.setAutoScale(true);
                    image.getAccessibilityProperties().setAlternateDescription(section.screenshotAlt());
                    document.add(image.setMarginTop(4));
                    document.add(new Paragraph(section.screenshotAlt()).setFontSize(8.5f).setFontColor(MUTED)
                            .setTextAlignment(TextAlignment.CENTER));
                }
            }
        }
    }
}
