package jp.kojo.manual.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import jp.kojo.manual.boundary.Manual;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ManualPdfWriterTest {
    private final ManualSource source = new ManualSource(ManualPdfWriterTest.class.getClassLoader());

    @Test
    void pdfCarriesTitleHeadingsTextAndTheScreenshotsWithAnEmbeddedFont() throws IOException {
        Manual common = source.find("common");
        List<String> asked = new ArrayList<>();
        byte[] pdf = write(common, name -> {
            asked.add(name);
            return png(320, 200);
        });
        assertEquals(List.of("login.png", "menu.png"), asked);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals("共通操作マニュアル（ログイン・電子証明書）", document.getDocumentInformation().getTitle());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("共通操作マニュアル"), text);
            assertTrue(text.contains("2. ログインする"), text);
            assertTrue(text.contains("電子証明書を確認しました"), text);
            assertEquals(2, images(document));
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                    assertTrue(font.getName().contains("IPAex"), font.getName());
                }
            }
        }
    }

    @Test
    void plannedScreenIsMarkedAndAMissingScreenshotIsLeftOut() throws IOException {
        byte[] pdf = write(source.find("lump-sum"), name -> null);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("控除額を更新する（控除額更新画面）"), text);
            assertTrue(text.contains("準備中の画面です"), text);
            assertEquals(0, images(document));
            assertFalse(text.isBlank());
        }
    }

    private static byte[] write(Manual manual, jp.kojo.manual.boundary.ScreenshotSource screenshots) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ManualPdfWriter.write(manual, screenshots, out);
        return out.toByteArray();
    }

    private static int images(PDDocument document) throws IOException {
        int count = 0;
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                PDXObject object = page.getResources().getXObject(name);
                if (object instanceof PDImageXObject) {
                    count++;
                }
            }
        }
        return count;
    }

    private static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
