package jp.kojo.web.operations;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jp.kojo.operations.boundary.Readiness;

/**
 * {@code GET /health/ready}: 200 when this node can serve users, 503 when it cannot (database unreachable).
 * For the load balancer: public (no login and no client certificate: TLS only requests one), and it answers
 * nothing but UP or DOWN. The security headers come from SecurityHeadersFilter like everywhere else.
 */
@WebServlet("/health/ready")
public class ReadinessServlet extends HttpServlet {
    @EJB
    Readiness readiness;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean ready = readiness.ready();
        response.setStatus(ready ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(ready ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
    }
}
