package jp.kojo.web.zaikei;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jp.kojo.platform.CsvEncoding;
import jp.kojo.zaikei.boundary.NoSuchDepositException;
import jp.kojo.zaikei.boundary.NoSuchStatementException;
import jp.kojo.zaikei.boundary.ZaikeiDepositView;
import jp.kojo.zaikei.boundary.ZaikeiDeposits;
import jp.kojo.zaikei.boundary.ZaikeiReportView;
import jp.kojo.zaikei.boundary.ZaikeiReports;
import jp.kojo.zaikei.boundary.ZaikeiStatementHeader;
import jp.kojo.zaikei.boundary.ZaikeiStatements;

/**
 * Downloads of a savings statement: {@code /zaikei/statement/export?statement=ID&format=csv|pdf[&encoding=UTF8_BOM]}
 * with the page's filter and sort. Another employer's statement answers 404, like one that does not exist.
 */
@WebServlet({"/zaikei/statement/export", "/zaikei/deposit/export", "/zaikei/changes/export", "/zaikei/alerts/export"})
public class ZaikeiExportServlet extends HttpServlet {
    @EJB
    ZaikeiStatements statements;

    @EJB
    ZaikeiDeposits deposits;

    @EJB
    ZaikeiReports reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().startsWith("/zaikei/deposit")) {
            deposit(request, response);
            return;
        }
        boolean changes = request.getServletPath().startsWith("/zaikei/changes");
        boolean alerts = request.getServletPath().startsWith("/zaikei/alerts");
        long id;
        try {
            id = Long.parseLong(request.getParameter("statement"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "statement");
            return;
        }
        ZaikeiFilter filter = ZaikeiFilter.of(request::getParameter);
        try {
            if (changes || alerts) {
                report(id, changes, request, response);
                return;
            }
            ZaikeiStatementHeader header = statements.header(id, filter.filter());
            String baseName = "zaikei-statement-" + header.contractNumber() + "-" + header.statement().yearMonth() + "-"
                    + header.statement().runKind().name().toLowerCase();
            switch (String.valueOf(request.getParameter("format"))) {
                case "csv" -> {
                    CsvEncoding encoding = csvEncoding(request);
                    response.setContentType(encoding.contentType());
                    attachment(response, baseName + ".csv");
                    statements.exportCsv(id, filter.filter(), filter.sort(), filter.isAscending(), encoding,
                            response.getOutputStream());
                }
                case "pdf" -> {
                    response.setContentType("application/pdf");
                    attachment(response, baseName + ".pdf");
                    statements.exportPdf(id, filter.filter(), filter.sort(), filter.isAscending(), response.getOutputStream());
                }
                default -> response.sendError(HttpServletResponse.SC_BAD_REQUEST, "format");
            }
        } catch (NoSuchStatementException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBException e) {
            if (e.getCause() instanceof NoSuchStatementException) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else {
                throw e;
            }
        }
    }

    /** {@code /zaikei/changes/export?statement=ID&format=csv|pdf} and the same for alerts. */
    private void report(long id, boolean changes, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ZaikeiReportView report = reports.report(id);
        String baseName = (changes ? "zaikei-changes-" : "zaikei-alerts-") + report.contractNumber() + "-"
                + report.statement().yearMonth() + "-" + report.statement().runKind().name().toLowerCase();
        switch (String.valueOf(request.getParameter("format"))) {
            case "csv" -> {
                CsvEncoding encoding = csvEncoding(request);
                response.setContentType(encoding.contentType());
                attachment(response, baseName + ".csv");
                if (changes) {
                    reports.changesCsv(id, encoding, response.getOutputStream());
                } else {
                    reports.alertsCsv(id, encoding, response.getOutputStream());
                }
            }
            case "pdf" -> {
                response.setContentType("application/pdf");
                attachment(response, baseName + ".pdf");
                if (changes) {
                    reports.changesPdf(id, response.getOutputStream());
                } else {
                    reports.alertsPdf(id, response.getOutputStream());
                }
            }
            default -> response.sendError(HttpServletResponse.SC_BAD_REQUEST, "format");
        }
    }

    /** {@code /zaikei/deposit/export?deposit=ID&format=csv|pdf}: another employer's deposit statement is 404. */
    private void deposit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("deposit"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "deposit");
            return;
        }
        try {
            ZaikeiDepositView deposit = deposits.deposit(id);
            String baseName = "zaikei-deposit-" + deposit.contractNumber() + "-" + deposit.depositDate();
            switch (String.valueOf(request.getParameter("format"))) {
                case "csv" -> {
                    CsvEncoding encoding = csvEncoding(request);
                    response.setContentType(encoding.contentType());
                    attachment(response, baseName + ".csv");
                    deposits.exportCsv(id, encoding, response.getOutputStream());
                }
                case "pdf" -> {
                    response.setContentType("application/pdf");
                    attachment(response, baseName + ".pdf");
                    deposits.exportPdf(id, response.getOutputStream());
                }
                default -> response.sendError(HttpServletResponse.SC_BAD_REQUEST, "format");
            }
        } catch (NoSuchDepositException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBException e) {
            if (e.getCause() instanceof NoSuchDepositException) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else {
                throw e;
            }
        }
    }

    static CsvEncoding csvEncoding(HttpServletRequest request) {
        return CsvEncoding.ofParameter(request.getParameter("encoding"));
    }

    static void attachment(HttpServletResponse response, String fileName) {
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8));
    }
}
