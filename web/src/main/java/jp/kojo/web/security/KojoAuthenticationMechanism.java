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
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.logging.Logger;
import jp.kojo.account.boundary.Authentication;
import jp.kojo.account.boundary.CertificateStanding;
import jp.kojo.operations.boundary.OperatorCounters;
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

    @Inject
    OperatorCounters counters;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        PresentedCertificate presented = PresentedCertificate.of(request);
        if (context.isAuthenticationRequest()) {
            return login(request, context, presented);
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
            } else {
                CertificateStanding standing = standing(loggedIn, presented);
                if (standing == CertificateStanding.VALID) {
                    return context.notifyContainerAboutLogin(loggedIn.loginId(), new HashSet<>(loggedIn.roles()));
                }
                LOG.warning(() -> "Session of " + loggedIn.loginId() + " ended: " + standing);
                session.invalidate();
                if (!ApiLanguage.isApi(request)) {
                    // A page that says why: revoked, expired, another key, locked...
                    return context.redirect(request.getContextPath() + SESSION_ENDED_PAGE + "?reason="
                            + SessionEndReason.of(standing));
                }
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

    /**
     * The certificate of this request against the session's and the register: one indexed lookup per request,
     * so a revocation, expiry, lock or deletion, or a certificate with the session's serial but another key,
     * ends a live session at once.
     */
    private CertificateStanding standing(LoggedInSession loggedIn, PresentedCertificate presented) {
        if (presented.serial() == null) {
            return CertificateStanding.NO_CERTIFICATE;
        }
        if (!presented.serial().equals(loggedIn.certificateSerial())) {
            return CertificateStanding.CHANGED;
        }
        return authentication.certificateStanding(loggedIn.loginId(), presented.serial(), presented.fingerprint());
    }

    private AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context,
                                       PresentedCertificate presented) {
        String serial = presented.serial();
        Credential credential = context.getAuthParameters().getCredential();
        if (!(credential instanceof UsernamePasswordCredential typed)) {
            return context.responseUnauthorized();
        }
        CredentialValidationResult result = identityStoreHandler.validate(new CertificatePasswordCredential(
                typed.getCaller(), typed.getPassword().getValue(), serial, presented.fingerprint(),
                request.getRemoteAddr()));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            counters.loginFailed();
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
        counters.loginSucceeded();
        return context.notifyContainerAboutLogin(result);
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
