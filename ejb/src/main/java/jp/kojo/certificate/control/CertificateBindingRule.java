package jp.kojo.certificate.control;

import java.time.LocalDateTime;
import jp.kojo.account.boundary.CertificateStanding;

/**
 * Binding of a certificate to its user: the registered row found by issuer and serial must belong to the user,
 * carry the presented certificate's SHA-256 fingerprint (so a certificate with a known serial but another key
 * is refused), be unrevoked and inside its validity. Kojo's one CA issues every client certificate and the
 * serial is unique in the table, so the serial finds the row; the fingerprint covers issuer and key.
 */
public final class CertificateBindingRule {

    /** What Kojo registered for a serial; {@code fingerprint} is null for rows from before fingerprints were kept. */
    public record Registered(String ownerLoginId, String fingerprint, LocalDateTime notBefore, LocalDateTime notAfter,
                             LocalDateTime revokedAt) {
    }

    private CertificateBindingRule() {
    }

    /**
     * @param registered null when no row has the presented serial
     * @param presentedFingerprint lower-case hex SHA-256 of the presented certificate's DER encoding
     */
    public static CertificateStanding standing(String loginId, String presentedFingerprint, Registered registered,
                                               LocalDateTime now) {
        if (registered == null) {
            return CertificateStanding.UNKNOWN;
        }
        if (registered.fingerprint() != null && !registered.fingerprint().equalsIgnoreCase(presentedFingerprint)) {
            return CertificateStanding.KEY_MISMATCH;
        }
        if (!registered.ownerLoginId().equals(loginId)) {
            return CertificateStanding.ANOTHER_USER;
        }
        if (registered.revokedAt() != null) {
            return CertificateStanding.REVOKED;
        }
        if (now.isBefore(registered.notBefore()) || !now.isBefore(registered.notAfter())) {
            return CertificateStanding.EXPIRED;
        }
        return CertificateStanding.VALID;
    }
}
