package jp.kojo.web.certificate;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import jp.kojo.certificate.boundary.CertificateRevocations;
import jp.kojo.certificate.boundary.CertificateView;
import jp.kojo.certificate.boundary.RevocationOutcome;
import jp.kojo.web.common.JapaneseFormats;
import jp.kojo.web.common.Messages;

/**
 * 電子証明書 (any logged-in user): the caller's certificate, its renewal from 30 days before expiry (on the
 * certificate issue page, after an identity check by mail), and revoking it, e.g. before a PC change: the
 * session it is in ends then, and the user lands on the page saying its certificate was revoked.
 */
@Named
@RequestScoped
public class OwnCertificatePage {
    @EJB
    CertificateRevocations revocations;

    @Inject
    FacesContext faces;

    private Optional<CertificateView> certificate;
    private String reason;

    public CertificateView getCertificate() {
        if (certificate == null) {
            certificate = revocations.own();
        }
        return certificate.orElse(null);
    }

    public void revoke() throws IOException {
        RevocationOutcome outcome = revocations.revokeOwn(reason);
        if (outcome != RevocationOutcome.REVOKED) {
            Messages.error("cert.revoke." + outcome.name());
            return;
        }
        // The certificate this session runs on is revoked: the session is over, say so at once.
        faces.getExternalContext().invalidateSession();
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                + "/public/session-ended.xhtml?reason=revoked");
    }

    public String format(LocalDateTime time) {
        return JapaneseFormats.dateTime(time);
    }

    public String formatDate(LocalDate date) {
        return date == null ? "" : JapaneseFormats.dateWithWeekday(date);
    }

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
