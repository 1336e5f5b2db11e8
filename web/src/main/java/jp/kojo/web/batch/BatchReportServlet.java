package jp.kojo.web.batch;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import jp.kojo.batch.boundary.BatchJobs;

/**
 * The rejection report of an execution as a file: {@code /batch/report?execution=N} answers
 * {@code <inbound file>.<N>.rejected.txt} (UTF-8 text), or 404 when the execution wrote none. Batch administrators
 * only (web.xml guards {@code /batch/*}, the boundary checks the role again).
 */
@WebServlet("/batch/report")
public class BatchReportServlet extends HttpServlet {
    @EJB
    BatchJobs jobs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long executionId;
        try {
            executionId = Long.parseLong(String.valueOf(request.getParameter("execution")));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "execution");
            return;
        }
        Optional<String> name = jobs.rejectionReportName(executionId);
        Optional<String> report = jobs.rejectionReport(executionId);
        if (name.isEmpty() || report.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"report." + executionId
                + ".rejected.txt\"; filename*=UTF-8''" + URLEncoder.encode(name.get(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.getOutputStream().write(report.get().getBytes(StandardCharsets.UTF_8));
    }
}
