package jp.kojo.web.deduction;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jp.kojo.deduction.boundary.DeductionListHeader;
import jp.kojo.deduction.boundary.DeductionRequests;
import jp.kojo.deduction.boundary.LineFilter;
import jp.kojo.deduction.boundary.NoSuchCycleException;
import jp.kojo.deduction.entity.Product;
import jp.kojo.operations.boundary.OperatorCounters;
import jp.kojo.operations.boundary.OperatorCounters.ExportFormat;
import jp.kojo.platform.CsvEncoding;

/**
 * Downloads of a request list: {@code /deduction/export?cycle=ID&format=csv|pdf[&encoding=UTF8_BOM]} plus
 * the list's filter fields and the inquiry's {@code change} (NEW, CHANGED, UNCHANGED, ENDED) and {@code status}
 * (DEDUCTED, NOT_DEDUCTED, PAYMENT_STOPPED). A cycle of another organisation answers 404, like one that does not exist.
 */
@WebServlet("/deduction/export")
public class DeductionExportServlet extends HttpServlet {
    @EJB
    DeductionRequests requests;

    @Inject
    OperatorCounters counters;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long cycleId;
        try {
            cycleId = Long.parseLong(request.getParameter("cycle"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "cycle");
            return;
        }
        String format = String.valueOf(request.getParameter("format"));
        InquiryChoice inquiry = new InquiryChoice();
        inquiry.setChange(request.getParameter("change"));
        inquiry.setStatus(request.getParameter("status"));
        LineFilter filter = new LineFilter(request.getParameter("personNumber"), request.getParameter("employeeNumber"),
                request.getParameter("nameKana"), Product.ofCode(String.valueOf(request.getParameter("product"))).orElse(null),
                inquiry.change(), inquiry.status());
        try {
            DeductionListHeader header = requests.header(cycleId);
            String baseName = "deduction-requests-" + header.contractNumber() + "-" + header.yearMonth() + "-"
                    + header.cycleKind().name().toLowerCase();
            switch (format) {
                case "csv" -> {
                    CsvEncoding encoding = CsvEncoding.ofParameter(request.getParameter("encoding"));
                    response.setContentType(encoding.contentType());
                    attachment(response, baseName + ".csv");
                    requests.exportCsv(cycleId, filter, encoding, response.getOutputStream());
                    counters.exported(ExportFormat.CSV);
                }
                case "pdf" -> {
                    response.setContentType("application/pdf");
                    attachment(response, baseName + ".pdf");
                    requests.exportPdf(cycleId, filter, response.getOutputStream());
                    counters.exported(ExportFormat.PDF);
                }
                default -> response.sendError(HttpServletResponse.SC_BAD_REQUEST, "format");
            }
        } catch (NoSuchCycleException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBException e) {
            if (e.getCause() instanceof NoSuchCycleException) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else {
                throw e;
            }
        }
    }

    private static void attachment(HttpServletResponse response, String fileName) {
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8));
    }
}
