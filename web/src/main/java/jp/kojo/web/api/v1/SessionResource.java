package jp.kojo.web.api.v1;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import jp.kojo.web.security.LoginAttempt;

/**
 * Login and logout for programs. The login goes through the same authentication mechanism and identity store
 * as the login page (certificate of this user, not revoked or expired, password, lockout, service hours, login
 * history); the session it starts is bound to the certificate of the connection.
 */
@Path("v1")
@JsonApi
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {
    @Inject
    SecurityContext securityContext;

    @Inject
    LoginAttempt attempt;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @Context
    HttpHeaders headers;

    public record LoginRequest(String loginId, String password) {
    }

    @JsonbPropertyOrder({"loginId", "message"})
    public record LoggedIn(String loginId, String message) {
    }

    /** 200 with a session cookie; 401 for any wrong factor (one message), 403 for a temporary password, 503 closed. */
    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response login(LoginRequest login) throws ServletException {
        if (login == null || login.loginId() == null || login.password() == null) {
            throw new ApiProblem(400, "api.loginFieldsRequired");
        }
        AuthenticationStatus status = securityContext.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(login.loginId(), new Password(login.password())))
                .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS && attempt.passwordMustChange()) {
            // The password can only be changed on the screen; a session the API cannot use is ended at once.
            endSession();
            throw new ApiProblem(403, "api.passwordMustChange");
        }
        if (status == AuthenticationStatus.SUCCESS) {
            String caller = request.getUserPrincipal() == null ? login.loginId() : request.getUserPrincipal().getName();
            return Response.ok(new LoggedIn(caller, text("api.loggedIn"))).build();
        }
        if (attempt.refusedAsClosed()) {
            throw new ApiProblem(503, "api.serviceClosed");
        }
        throw new ApiProblem(401, "login.failed");
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response logout() throws ServletException {
        endSession();
        return Response.ok(ApiError.of(text("api.loggedOut"))).build();
    }

    private void endSession() throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private String text(String key) {
        Locale locale = ApiLanguage.locale(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return ApiLanguage.text(locale, key);
    }
}
