package jp.kojo.web.language;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * {@code GET any-page?lang=en|ja} keeps the choice in a cookie for a year and redirects to the same page
 * without the parameter. The target is always this request's own path, so the switch cannot redirect off site.
 */
public class LanguageSwitchFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // GET only, and the method checked first: reading a POST's parameters here would decode the form before
        // its character encoding is set, and Japanese input would arrive garbled.
        String chosen = "GET".equals(request.getMethod()) ? request.getParameter(Language.PARAMETER) : null;
        if (chosen == null) {
            chain.doFilter(request, response);
            return;
        }
        Language.ofCode(chosen).ifPresent(language -> response.addCookie(cookie(request, language)));
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", LanguageLinks.sameTarget(request.getRequestURI(), request.getQueryString(), null));
    }

    private static Cookie cookie(HttpServletRequest request, Language language) {
        Cookie cookie = new Cookie(Language.COOKIE, language.code());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setSecure(true);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
