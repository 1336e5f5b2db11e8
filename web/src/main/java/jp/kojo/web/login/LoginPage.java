package jp.kojo.web.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.kojo.web.common.Messages;
import jp.kojo.web.security.KojoAuthenticationMechanism;
import jp.kojo.web.security.LoginAttempt;
import jp.kojo.web.security.PasswordChangeFilter;

/** ログイン: login id and password, over the connection's client certificate. */
@Named
@RequestScoped
public class LoginPage {
    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    LoginAttempt attempt;

    private String loginId;
    private String password;

    public boolean isCertificatePresent() {
        Object chain = request().getAttribute("jakarta.servlet.request.X509Certificate");
        return chain instanceof java.security.cert.X509Certificate[] certificates && certificates.length > 0;
    }

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(request(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(loginId, new Password(password)))
                        .newAuthentication(true));
        password = null;
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath()
                    + (attempt.passwordMustChange() ? PasswordChangeFilter.PASSWORD_PAGE : KojoAuthenticationMechanism.MENU_PAGE));
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                if (attempt.refusedAsClosed()) {
                    external.redirect(external.getRequestContextPath() + "/public/closed.xhtml");
                } else if (attempt.refusedAsTemporaryPasswordExpired()) {
                    Messages.error("login.temporaryPasswordExpired");
                } else {
                    Messages.error("login.failed");
                }
            }
        }
    }

    public String logout() throws Exception {
        HttpServletRequest request = request();
        request.logout();
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        return KojoAuthenticationMechanism.LOGIN_PAGE + "?faces-redirect=true";
    }

    private HttpServletRequest request() {
        return (HttpServletRequest) faces.getExternalContext().getRequest();
    }

    public String getLoginId() { return loginId; }
    public void setLoginId(String loginId) { this.loginId = loginId; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
