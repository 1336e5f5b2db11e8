package jp.kojo.web.certificate;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import jp.kojo.certificate.boundary.CrlFile;
import jp.kojo.certificate.boundary.RevocationList;
import jp.kojo.platform.ClockProducer;

/**
 * Kojo's CRL at a fixed public URL ({@code /kojo/public/kojo.crl}), DER, for reverse proxies, other servers and
 * anyone checking a Kojo certificate; no certificate or login needed.
 */
@WebServlet("/public/kojo.crl")
public class CrlServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @EJB
    RevocationList revocationList;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CrlFile crl = revocationList.current();
        response.setContentType("application/pkix-crl");
        // Fetchers poll; a revocation publishes a new CRL at once, so caches must not keep an old one.
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(
                crl.thisUpdate().atZone(ClockProducer.TOKYO).withZoneSameInstant(ZoneOffset.UTC)));
        response.setHeader("Content-Disposition", "inline; filename=\"kojo.crl\"");
        response.setContentLength(crl.der().length);
        response.getOutputStream().write(crl.der());
    }
}
