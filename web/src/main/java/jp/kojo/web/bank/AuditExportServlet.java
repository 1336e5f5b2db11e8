package jp.kojo.web.bank;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import jp.kojo.audit.boundary.AuditLog;
import jp.kojo.audit.boundary.AuditQuery;

/**
 * The audit search as CSV: {@code /bank/audit/export?from=&to=&actor=&action=&contract=[&encoding=UTF8_BOM]}
 * (Windows-31J by default). Bank operators only (web.xml's /bank/* constraint and the boundary's role).
 */
@WebServlet("/bank/audit/export")
public class AuditExportServlet extends HttpServlet {
    @EJB
    AuditLog log;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditQuery query;
        try {
            query = new AuditQuery(date(request.getParameter("from")), date(request.getParameter("to")),
                    request.getParameter("actor"), request.getParameter("action"), request.getParameter("contract"));
        } catch (DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "date");
            return;
        }
        boolean utf8 = "UTF8_BOM".equals(request.getParameter("encoding"));
        response.setContentType("text/csv; charset=" + (utf8 ? "UTF-8" : "Windows-31J"));
        String fileName = "audit-log.csv";
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8));
        log.exportCsv(query, utf8, response.getOutputStream());
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }
}
