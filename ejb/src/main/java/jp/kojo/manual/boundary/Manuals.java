package jp.kojo.manual.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import jp.kojo.manual.control.ManualPdfWriter;
import jp.kojo.manual.control.ManualSource;

/** 操作マニュアル: the public manuals, as pages and as PDFs. Open to everyone, hence {@code @PermitAll}. */
@Stateless
@PermitAll
public class Manuals {
    private final ManualSource source = new ManualSource(Manuals.class.getClassLoader());

    public List<ManualSummary> catalog() {
        return source.catalog();
    }

    public Manual manual(String slug) {
        Manual manual = source.find(slug);
        if (manual == null) {
            throw new NoSuchManualException(slug);
        }
        return manual;
    }

    public void writePdf(String slug, ScreenshotSource screenshots, OutputStream out) {
        try {
            ManualPdfWriter.write(manual(slug), screenshots, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
