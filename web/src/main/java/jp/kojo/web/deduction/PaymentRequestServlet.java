package jp.kojo.web.deduction;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import jp.kojo.deduction.boundary.LumpSumCycles;
import jp.kojo.deduction.boundary.NoSuchCycleException;

/** まとめ入金依頼書 as PDF: {@code /deduction/payment-request?cycle=ID}; another organisation's cycle is 404. */
@WebServlet("/deduction/payment-request")
public class PaymentRequestServlet extends HttpServlet {
    @EJB
    LumpSumCycles lumpSum;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long cycleId;
        try {
            cycleId = Long.parseLong(request.getParameter("cycle"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        // One page: built in memory, so a refusal can still answer 404 instead of half a file.
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            lumpSum.paymentRequestPdf(cycleId, pdf);
        } catch (NoSuchCycleException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBException e) {
            if (e.getCause() instanceof NoSuchCycleException) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"payment-request-" + cycleId + ".pdf\"");
        response.setContentLength(pdf.size());
        pdf.writeTo(response.getOutputStream());
    }
}
