package jp.kojo.web.account;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.kojo.account.boundary.CallerRights;
import jp.kojo.account.boundary.ServiceRights;
import jp.kojo.organization.entity.ServiceKind;

/**
 * A service's pages answer 403 to an organisation user without the right to view that service (the menu does
 * not offer them either); the services check each action's right again. Declared in web.xml after the
 * password-change filter.
 */
public class ServiceRightsFilter extends HttpFilter {
    /** Request attribute naming the message key the 403 page shows instead of the general one. */
    public static final String FORBIDDEN_REASON = "kojo.forbiddenReason";

    @EJB
    ServiceRights serviceRights;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.isUserInRole("ORG_USER") && !ServicePages.mayOpen(path, serviceRights.caller())) {
            request.setAttribute(FORBIDDEN_REASON, "error.forbidden.service");
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Which right each service's pages need. */
    static final class ServicePages {
        private ServicePages() {
        }

        static boolean mayOpen(String path, CallerRights rights) {
            if (path.startsWith("/deduction/cycle.xhtml") || path.startsWith("/deduction/payment-request")) {
                return rights.lumpSum();
            }
            if (path.startsWith("/deduction/results") || path.startsWith("/deduction/reconcile")
                    || path.startsWith("/deduction/payroll-report")) {
                return rights.payroll();
            }
            if (path.startsWith("/deduction/")) {
                return rights.deductionView();
            }
            if (path.startsWith("/zaikei/")) {
                return rights.of(ServiceKind.ZAIKEI).view();
            }
            if (path.startsWith("/collective/")) {
                return rights.of(ServiceKind.COLLECTIVE_SAVINGS).view();
            }
            return true;
        }
    }
}
