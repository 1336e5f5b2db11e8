package jp.kojo.web.payroll;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import jp.kojo.deduction.boundary.NoSuchCycleException;
import jp.kojo.deduction.boundary.PayrollCycles;
import jp.kojo.deduction.boundary.PayrollRefusedException;
import jp.kojo.deduction.boundary.PayrollResultUploads;

/**
 * The payroll type's downloads: {@code /deduction/payroll-report?cycle=ID&format=csv|pdf[&encoding=utf8]} (the
 * request and result list) and {@code ?upload=ID&format=reconciliation[&encoding=utf8]}. Built in memory first,
 * so another organisation's cycle or upload answers 404 rather than half a file.
 */
@WebServlet("/deduction/payroll-report")
public class PayrollReportServlet extends HttpServlet {
    @EJB
    PayrollCycles payroll;

    @EJB
    PayrollResultUploads uploads;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = request.getParameter("format");
        boolean utf8 = "utf8".equals(request.getParameter("encoding"));
        long id;
        try {
            id = Long.parseLong(request.getParameter("reconciliation".equals(format) ? "upload" : "cycle"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String type;
        String file;
        try {
            switch (format == null ? "" : format) {
                case "csv" -> {
                    payroll.resultListCsv(id, utf8, out);
                    type = "text/csv; charset=" + (utf8 ? "UTF-8" : "Windows-31J");
                    file = "deduction-results-" + id + ".csv";
                }
                case "pdf" -> {
                    payroll.resultListPdf(id, out);
                    type = "application/pdf";
                    file = "deduction-results-" + id + ".pdf";
                }
                case "reconciliation" -> {
                    uploads.reconciliationCsv(id, utf8, out);
                    type = "text/csv; charset=" + (utf8 ? "UTF-8" : "Windows-31J");
                    file = "reconciliation-" + id + ".csv";
                }
                default -> {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                    return;
                }
            }
        } catch (NoSuchCycleException | PayrollRefusedException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBException e) {
            if (e.getCause() instanceof NoSuchCycleException || e.getCause() instanceof PayrollRefusedException) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
        response.setContentType(type);
        response.setHeader("Content-Disposition", ("pdf".equals(format) ? "inline" : "attachment") + "; filename=\"" + file + "\"");
        response.setContentLength(out.size());
        out.writeTo(response.getOutputStream());
    }
}
