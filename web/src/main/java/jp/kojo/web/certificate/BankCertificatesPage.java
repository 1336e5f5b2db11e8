package jp.kojo.web.certificate;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.util.List;
import jp.kojo.certificate.boundary.CertificateHolderView;
import jp.kojo.certificate.boundary.CertificateRevocations;
import jp.kojo.certificate.boundary.RevocationOutcome;
import jp.kojo.certificate.boundary.RevocationView;
import jp.kojo.web.common.JapaneseFormats;
import jp.kojo.web.common.Messages;

/**
 * 電子証明書失効 (bank operators): finds a contract's master by contract number and revokes its certificate on
 * the organisation's paper request (電子証明書失効依頼書), whose reference is recorded; lists recent revocations.
 */
@Named
@RequestScoped
public class BankCertificatesPage {
    @EJB
    CertificateRevocations revocations;

    private String contractNumber;
    private String loginId;
    private String reference;
    private String reason;
    private List<CertificateHolderView> masters;

    public List<CertificateHolderView> getMasters() {
        if (masters == null) {
            masters = revocations.masters(contractNumber);
        }
        return masters;
    }

    public List<RevocationView> getRecent() {
        return revocations.recentRevocations();
    }

    public void revoke() {
        RevocationOutcome outcome = revocations.revokeMaster(loginId, reference, reason);
        if (outcome == RevocationOutcome.REVOKED) {
            Messages.info("cert.revoke.doneFor", loginId.strip());
            loginId = null;
            reference = null;
            reason = null;
            masters = null;
        } else {
            Messages.error("cert.revoke." + outcome.name());
        }
    }

    public String format(LocalDateTime time) {
        return JapaneseFormats.dateTime(time);
    }

    public String getContractNumber() { return contractNumber; }
    public void setContractNumber(String contractNumber) { this.contractNumber = contractNumber; }
    public String getLoginId() { return loginId; }
    public void setLoginId(String loginId) { this.loginId = loginId; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
