package jp.kojo.web.calendar;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import jp.kojo.calendar.boundary.ServiceCalendar;
import jp.kojo.calendar.boundary.ServiceStatus;
import jp.kojo.platform.Roles;

/**
 * Outside the service hours, on closed days and in maintenance windows an organisation's user gets the closed
 * page (503, with Retry-After) instead of any logged-in page; the API answers 503 in JSON. Public pages stay
 * open, and the bank's staff are not held back. Declared in web.xml after the security headers filter.
 */
public class ServiceHoursFilter extends HttpFilter {
    static final String CLOSED_PAGE = "/public/closed.xhtml";

    @EJB
    ServiceCalendar calendar;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null || !request.isUserInRole(Roles.ORG_USER)) {
            chain.doFilter(request, response);
            return;
        }
        ServiceStatus status = calendar.status();
        if (status.open()) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An ajax request cannot show a page: tell PrimeFaces to go to the closed page instead.
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + request.getContextPath() + CLOSED_PAGE + "\"/></partial-response>");
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Long.toString(Math.max(60,
                Duration.between(calendar.now(), status.nextOpening()).toSeconds())));
        if (path.startsWith("/api/")) {
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"message\":\"サービス時間外です / The service is closed now\",\"nextOpening\":\""
                    + status.nextOpening().toOffsetDateTime() + "\"}");
            return;
        }
        request.getRequestDispatcher(CLOSED_PAGE).forward(request, response);
    }
}
