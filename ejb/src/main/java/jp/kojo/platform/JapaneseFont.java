package jp.kojo.platform;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import java.io.IOException;
import java.io.InputStream;

/**
 * IPAex Gothic (IPA Font License) for every PDF Kojo prints: the file is read once per JVM, and each document
 * gets its own font embedded as a subset, so the PDF shows the same glyphs on any viewer.
 */
public final class JapaneseFont {
    static final String RESOURCE = "/fonts/ipaexg.ttf";

    private static volatile byte[] bytes;

    private JapaneseFont() {
    }

    /** A new font for one document (an iText PdfFont belongs to one document). */
    public static PdfFont forDocument() throws IOException {
        PdfFont font = PdfFontFactory.createFont(bytes(), PdfEncodings.IDENTITY_H, EmbeddingStrategy.PREFER_EMBEDDED);
        font.setSubset(true);
        return font;
    }

    public static byte[] bytes() throws IOException {
        byte[] read = bytes;
        if (read == null) {
            try (InputStream in = JapaneseFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IOException("Font resource " + RESOURCE + " is missing from the class path");
                }
                read = in.readAllBytes();
            }
            bytes = read;
        }
        return read;
    }
}
