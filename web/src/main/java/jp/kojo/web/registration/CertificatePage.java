package jp.kojo.web.registration;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jp.kojo.registration.boundary.ApplicantOutcome;
import jp.kojo.registration.boundary.CertificateIssue;
import jp.kojo.registration.boundary.CodeOutcome;
import jp.kojo.registration.boundary.CodeSent;
import jp.kojo.registration.boundary.IssueOutcome;
import jp.kojo.registration.boundary.IssuedFile;
import jp.kojo.web.common.Messages;

/**
 * 本人認証・電子証明書発行 (public, bound to the session): login id and password without a certificate, a code
 * mailed to the registered address, and with it the certificate as a PKCS#12 file (passphrase shown once
 * here) or signed from a pasted CSR. The file is downloaded once through {@link CertificateDownloadServlet}.
 */
@Named
@RequestScoped
public class CertificatePage {
    public static final String PKCS12 = "PKCS12";
    public static final String CSR = "CSR";

    @EJB
    CertificateIssue certificateIssue;

    @Inject
    CertificateApplicant applicant;

    @Inject
    FacesContext faces;

    private String loginId;
    private String password;
    private String code;
    private String delivery = PKCS12;
    private String csr;
    private IssuedFile issued;
    private String downloadToken;

    public void signIn() {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        ApplicantOutcome outcome = certificateIssue.signIn(loginId, password == null ? new char[0] : password.toCharArray(),
                request.getRemoteAddr());
        password = null;
        switch (outcome) {
            case ACCEPTED, RENEWAL -> {
                request.changeSessionId();
                applicant.start(loginId.strip());
                if (outcome == ApplicantOutcome.RENEWAL) {
                    Messages.info("cert.renewal.started");
                }
            }
            case HAS_CERTIFICATE -> Messages.error("reg.cert.hasCertificate");
            default -> Messages.error("reg.cert.refused");
        }
    }

    public void sendCode() {
        CodeSent sent = certificateIssue.sendCode(applicant.loginId());
        if (sent.outcome() == CodeOutcome.SENT) {
            Messages.info("reg.cert.codeSent", sent.maskedAddress(), InitialPasswordPage.DATE_TIME.format(sent.expiresAt()));
        } else {
            Messages.error("reg.cert.code." + sent.outcome().name());
            if (sent.outcome() != CodeOutcome.MAIL_FAILED) {
                applicant.forget();
            }
        }
    }

    public void issue() {
        IssuedFile result = CSR.equals(delivery) ? certificateIssue.issueFromCsr(applicant.loginId(), code, csr)
                : certificateIssue.issuePkcs12(applicant.loginId(), code);
        code = null;
        if (result.outcome() == IssueOutcome.ISSUED) {
            issued = result;
            downloadToken = applicant.offer(result.content(), result.fileName(), result.contentType());
            Messages.info("reg.cert.issued");
        } else if (result.outcome() == IssueOutcome.WRONG_CODE) {
            Messages.error("reg.cert.issue.WRONG_CODE", result.triesLeft());
        } else {
            Messages.error("reg.cert.issue." + result.outcome().name());
            if (result.outcome() == IssueOutcome.HAS_CERTIFICATE || result.outcome() == IssueOutcome.NO_SUCH_APPLICANT) {
                applicant.forget();
            }
        }
    }

    public void startOver() {
        applicant.forget();
    }

    public boolean isApplicant() {
        return applicant.loginId() != null;
    }

    public String getApplicantLoginId() {
        return applicant.loginId();
    }

    public IssuedFile getIssued() {
        return issued;
    }

    public String getNotAfter() {
        return issued == null ? "" : InitialPasswordPage.DATE_TIME.format(issued.notAfter());
    }

    public String getDownloadUrl() {
        return faces.getExternalContext().getRequestContextPath() + "/public/certificate-download?token=" + downloadToken;
    }

    public String getLoginId() { return loginId; }
    public void setLoginId(String loginId) { this.loginId = loginId; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getDelivery() { return delivery; }
    public void setDelivery(String delivery) { this.delivery = delivery; }
    public String getCsr() { return csr; }
    public void setCsr(String csr) { this.csr = csr; }
}
