package jp.kojo.web.portal;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kojo.manual.boundary.Manuals;
import jp.kojo.manual.boundary.NoSuchManualException;

/** 操作マニュアル as a PDF: {@code /public/manual/<slug>.pdf}, with the screenshots kept under /resources/manual. */
@WebServlet("/public/manual/*")
public class ManualPdfServlet extends HttpServlet {
    private static final Pattern PATH = Pattern.compile("/([a-z][a-z0-9-]{0,40})\\.pdf");
    static final String SCREENSHOTS = "/resources/manual/";

    @EJB
    Manuals manuals;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String slug = path.group(1);
        // Written to memory first: a failure then still gets a clean error page, not half a PDF.
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            manuals.writePdf(slug, this::screenshot, pdf);
        } catch (NoSuchManualException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"kojo-manual-" + slug + ".pdf\"");
        response.setContentLength(pdf.size());
        pdf.writeTo(response.getOutputStream());
    }

    private byte[] screenshot(String fileName) {
        try (InputStream in = getServletContext().getResourceAsStream(SCREENSHOTS + fileName)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
