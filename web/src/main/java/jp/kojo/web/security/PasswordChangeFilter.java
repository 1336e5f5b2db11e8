package jp.kojo.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jp.kojo.web.api.v1.ApiLanguage;

/**
 * A user logged in with a temporary password (one it did not choose) reaches nothing but the password page,
 * public pages and static resources until it has changed the password. Declared in web.xml after the
 * service hours filter.
 */
public class PasswordChangeFilter extends HttpFilter {
    public static final String PASSWORD_PAGE = "/account/password.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (session == null || !(session.getAttribute(LoggedInSession.ATTRIBUTE) instanceof LoggedInSession loggedIn)
                || !loggedIn.passwordMustChange() || mayOpen(path)) {
            chain.doFilter(request, response);
            return;
        }
        String target = request.getContextPath() + PASSWORD_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target + "\"/></partial-response>");
            return;
        }
        if (path.startsWith("/api/")) {
            ApiLanguage.write(request, response, HttpServletResponse.SC_FORBIDDEN, "api.passwordMustChange");
            return;
        }
        response.sendRedirect(target);
    }

    static boolean mayOpen(String path) {
        return path.equals(PASSWORD_PAGE) || path.startsWith("/public/") || path.startsWith("/jakarta.faces.resource/");
    }
}
