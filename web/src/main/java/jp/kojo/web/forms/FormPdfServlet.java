package jp.kojo.web.forms;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import jp.kojo.forms.boundary.FormView;
import jp.kojo.forms.boundary.PrintableForms;
import jp.kojo.forms.boundary.UnknownFormException;

/**
 * The printable forms as PDF: blank at {@code /public/forms/<slug>.pdf} for anyone, filled in from the caller's
 * own contract at {@code /forms/<slug>.pdf} (organisation users only, see web.xml). An unknown form is 404.
 */
@WebServlet(urlPatterns = {FormPdfServlet.BLANK_PATH + "/*", FormPdfServlet.FILLED_PATH + "/*"})
public class FormPdfServlet extends HttpServlet {
    static final String BLANK_PATH = "/public/forms";
    static final String FILLED_PATH = "/forms";
    private static final Pattern FILE = Pattern.compile("/([a-z0-9-]{1,60})\\.pdf");

    @EJB
    PrintableForms forms;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var file = FILE.matcher(String.valueOf(request.getPathInfo()));
        if (!file.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String slug = file.group(1);
        boolean filled = FILLED_PATH.equals(request.getServletPath());
        // Rendered in full before anything is sent, so that a failure still gets a clean error page.
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        FormView form;
        try {
            form = forms.form(slug);
            if (filled) {
                forms.filledForCaller(slug, pdf);
            } else {
                forms.blank(slug, pdf);
            }
        } catch (UnknownFormException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBException e) {
            if (e.getCause() instanceof UnknownFormException) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
        response.setContentType("application/pdf");
        if (filled) {
            // It carries the contract's details: never kept by the browser or a proxy.
            response.setHeader("Cache-Control", "no-store");
        }
        response.setHeader("Content-Disposition", contentDisposition(form, filled));
        response.setContentLength(pdf.size());
        pdf.writeTo(response.getOutputStream());
    }

    /** Inline, to open for printing; the Japanese title as file name (RFC 6266 / 5987), ASCII slug as fallback. */
    static String contentDisposition(FormView form, boolean filled) {
        String japanese = form.titleJa() + (filled ? "（記入済）" : "") + ".pdf";
        return "inline; filename=\"" + form.slug() + ".pdf\"; filename*=UTF-8''"
                + URLEncoder.encode(japanese, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
