package jp.kojo.web.registration;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import jp.kojo.account.boundary.PasswordRule;
import jp.kojo.registration.boundary.Registration;
import jp.kojo.registration.boundary.RegistrationOutcome;
import jp.kojo.registration.boundary.RegistrationProblem;
import jp.kojo.registration.boundary.RegistrationRequest;
import jp.kojo.registration.boundary.RegistrationResult;
import jp.kojo.web.common.Messages;

/**
 * 初期登録 (public): contract number and initial password, then the master user's login id, name, password and
 * mail address. On success the session goes straight on to the identity check for the certificate.
 */
@Named
@RequestScoped
public class RegisterPage {
    public static final String CERTIFICATE_PAGE = "/public/certificate.xhtml";

    @EJB
    Registration registration;

    @Inject
    CertificateApplicant applicant;

    @Inject
    FacesContext faces;

    private String contractNumber;
    private String initialPassword;
    private String loginId;
    private String displayName;
    private String email;
    private String password;
    private String confirmation;

    public void register() throws IOException {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        RegistrationResult result = registration.register(new RegistrationRequest(contractNumber,
                chars(initialPassword), loginId, displayName, email, chars(password), chars(confirmation),
                request.getRemoteAddr()));
        initialPassword = null;
        password = null;
        confirmation = null;
        switch (result.outcome()) {
            case REGISTERED -> {
                // A new session id: the one from before the registration is worth nothing after it.
                request.changeSessionId();
                applicant.start(loginId.strip());
                ExternalContext external = faces.getExternalContext();
                external.getFlash().setKeepMessages(true);
                Messages.info("reg.register.done", loginId.strip());
                external.redirect(external.getRequestContextPath() + CERTIFICATE_PAGE);
            }
            case FORM_INVALID -> {
                for (RegistrationProblem problem : result.problems()) {
                    Messages.error("reg.register.problem." + problem.name());
                }
                for (PasswordRule rule : result.passwordRules()) {
                    Messages.error("password.rule." + rule.name());
                }
            }
            case LOGIN_ID_TAKEN -> Messages.error("reg.register.loginIdTaken");
            default -> Messages.error("reg.register.refused");
        }
    }

    private static char[] chars(String value) {
        return value == null ? new char[0] : value.toCharArray();
    }

    public String getContractNumber() { return contractNumber; }
    public void setContractNumber(String contractNumber) { this.contractNumber = contractNumber; }
    public String getInitialPassword() { return initialPassword; }
    public void setInitialPassword(String initialPassword) { this.initialPassword = initialPassword; }
    public String getLoginId() { return loginId; }
    public void setLoginId(String loginId) { this.loginId = loginId; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
}
