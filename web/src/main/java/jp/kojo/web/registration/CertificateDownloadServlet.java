package jp.kojo.web.registration;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The issued certificate file, once, to the session it was issued in; afterwards the link answers 404. */
@WebServlet("/public/certificate-download")
public class CertificateDownloadServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    CertificateApplicant applicant;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CertificateApplicant.Download download = request.getSession(false) == null ? null
                : applicant.take(request.getParameter("token"));
        if (download == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(download.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"");
        response.setContentLength(download.content().length);
        response.getOutputStream().write(download.content());
    }
}
