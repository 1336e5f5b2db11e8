package jp.kojo.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.logging.Logger;
import jp.kojo.account.boundary.Authentication;
import jp.kojo.certificate.control.CertificateSerials;
import jp.kojo.web.api.v1.ApiLanguage;

/**
 * Two-factor login: the TLS client certificate Kojo issued to the user plus the user's password.
 * The login page calls {@code SecurityContext.authenticate} with the typed login id and password; this
 * mechanism adds the certificate of the connection and asks the identity store. Afterwards every request
 * of the session must come over the same, still valid certificate, so a revocation ends live sessions.
 */
@ApplicationScoped
public class KojoAuthenticationMechanism implements HttpAuthenticationMechanism {
    private static final Logger LOG = Logger.getLogger(KojoAuthenticationMechanism.class.getName());
    static final String CERTIFICATE_ATTRIBUTE = "jakarta.servlet.request.X509Certificate";
    public static final String LOGIN_PAGE = "/public/login.xhtml";
    /** Where a successful login lands; the context root is the public front page. */
    public static final String MENU_PAGE = "/menu.xhtml";
    /** Where a session that reached its absolute limit lands (the idle timeout lands there from the page). */
    public static final String SESSION_ENDED_PAGE = "/public/session-ended.xhtml";
    /** When the session's login happened (an Instant), for the absolute limit. */
    static final String LOGGED_IN_AT = KojoAuthenticationMechanism.class.getName() + ".loggedInAt";

    @Inject
    Clock clock;

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @EJB
    Authentication authentication;

    @Inject
    LoginAttempt attempt;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String serial = certificateSerial(request);
        if (context.isAuthenticationRequest()) {
            return login(request, context, serial);
        }
        if (!context.isProtected()) {
            // Public pages and static resources need no caller: no session or certificate check on them.
            return context.doNothing();
        }
        HttpSession session = request.getSession(false);
        LoggedInSession loggedIn = session == null ? null : (LoggedInSession) session.getAttribute(LoggedInSession.ATTRIBUTE);
        if (loggedIn != null) {
            if (SessionLimits.beyondAbsoluteLimit((Instant) session.getAttribute(LOGGED_IN_AT), clock.instant())) {
                LOG.info(() -> "Session of " + loggedIn.loginId() + " ended: " + SessionLimits.ABSOLUTE + " since login");
                session.invalidate();
                if (!ApiLanguage.isApi(request)) {
                    return context.redirect(request.getContextPath() + SESSION_ENDED_PAGE + "?reason=limit");
                }
            } else if (serial != null && serial.equals(loggedIn.certificateSerial())
                    && authentication.certificateStillValid(loggedIn.loginId(), serial)) {
                return context.notifyContainerAboutLogin(loggedIn.loginId(), new HashSet<>(loggedIn.roles()));
            } else {
                LOG.warning(() -> "Session of " + loggedIn.loginId() + " ended: certificate changed or no longer valid, "
                        + "or the user is locked or deleted");
                session.invalidate();
            }
        }
        if (ApiLanguage.isApi(request)) {
            // Programs get 401 in JSON, not the login page; the response is complete, as with a redirect.
            try {
                ApiLanguage.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "api.unauthenticated");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }

    private AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context, String serial) {
        Credential credential = context.getAuthParameters().getCredential();
        if (!(credential instanceof UsernamePasswordCredential typed)) {
            return context.responseUnauthorized();
        }
        CredentialValidationResult result = identityStoreHandler.validate(new CertificatePasswordCredential(
                typed.getCaller(), typed.getPassword().getValue(), serial, request.getRemoteAddr()));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            // A new session id at login: a session id known before login is worth nothing after it.
            request.changeSessionId();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(LOGGED_IN_AT, clock.instant());
        session.setAttribute(LoggedInSession.ATTRIBUTE,
                new LoggedInSession(result.getCallerPrincipal().getName(), new HashSet<>(result.getCallerGroups()), serial,
                        attempt.passwordMustChange()));
        return context.notifyContainerAboutLogin(result);
    }

    /** The normalised serial of the certificate on this connection, or null without one. */
    static String certificateSerial(HttpServletRequest request) {
        Object attribute = request.getAttribute(CERTIFICATE_ATTRIBUTE);
        if (attribute instanceof X509Certificate[] chain && chain.length > 0) {
            return CertificateSerials.normalise(chain[0].getSerialNumber());
        }
        return null;
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(LoggedInSession.ATTRIBUTE);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
