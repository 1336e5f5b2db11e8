package jp.kojo.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The warning dialog's "continue" (続ける): a request in the session restarts its idle timeout; nothing else
 * happens. The absolute limit still applies, as the authentication mechanism sees this request like any other.
 */
@WebServlet("/session/keep-alive")
public class SessionKeepAliveServlet extends HttpServlet {
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(request.getUserPrincipal() == null
                ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_NO_CONTENT);
    }
}
