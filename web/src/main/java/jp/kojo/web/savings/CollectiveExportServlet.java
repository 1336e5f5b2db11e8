package jp.kojo.web.savings;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import jp.kojo.savings.boundary.CollectiveSavingsStatements;
import jp.kojo.savings.boundary.CollectiveStatementHeader;
import jp.kojo.savings.boundary.NoSuchCollectiveStatementException;

/**
 * Downloads of a breakdown statement: {@code /collective/statement/export?statement=ID&format=csv|pdf
 * [&encoding=UTF8_BOM]} with the page's filter and sort. Another union's statement answers 404, like one that does
 * not exist.
 */
@WebServlet("/collective/statement/export")
public class CollectiveExportServlet extends HttpServlet {
    @EJB
    CollectiveSavingsStatements statements;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("statement"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "statement");
            return;
        }
        CollectiveFilter filter = CollectiveFilter.of(request::getParameter);
        try {
            CollectiveStatementHeader header = statements.header(id, filter.filter());
            String baseName = "collective-savings-" + header.contractNumber() + "-" + header.statement().yearMonth() + "-"
                    + header.statement().runKind().name().toLowerCase(Locale.ROOT);
            switch (String.valueOf(request.getParameter("format"))) {
                case "csv" -> {
                    boolean utf8 = "UTF8_BOM".equals(request.getParameter("encoding"));
                    response.setContentType("text/csv; charset=" + (utf8 ? "UTF-8" : "Windows-31J"));
                    attachment(response, baseName + ".csv");
                    statements.exportCsv(id, filter.filter(), filter.sort(), filter.isAscending(), utf8,
                            response.getOutputStream());
                }
                case "pdf" -> {
                    response.setContentType("application/pdf");
                    attachment(response, baseName + ".pdf");
                    statements.exportPdf(id, filter.filter(), filter.sort(), filter.isAscending(), response.getOutputStream());
                }
                default -> response.sendError(HttpServletResponse.SC_BAD_REQUEST, "format");
            }
        } catch (NoSuchCollectiveStatementException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBException e) {
            if (e.getCause() instanceof NoSuchCollectiveStatementException) {
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
