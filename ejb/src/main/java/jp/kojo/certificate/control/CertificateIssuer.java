package jp.kojo.certificate.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import jp.kojo.account.entity.UserAccount;
import jp.kojo.certificate.boundary.CertificateSerials;
import jp.kojo.certificate.entity.ClientCertificate;
import jp.kojo.certificate.entity.RevocationReason;

/**
 * Issues a user a client certificate and registers it, so it is usable at once. A user has one live
 * certificate: issuing a new one revokes the ones before it.
 */
@Dependent
public class CertificateIssuer {
    /** 電子証明書の有効期間: 366 days. */
    public static final Duration VALIDITY = Duration.ofDays(366);

    @Inject
    KojoCa ca;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CertificateRevoker revoker;

    /** A new key pair made by Kojo, with the certificate (for a PKCS#12 bundle). */
    public IssuedCertificate issue(UserAccount user) {
        IssuedCertificate issued = ca.authority().issueClientCertificate(user.getLoginId(), user.getDisplayName(),
                VALIDITY);
        register(user, issued.certificate());
        return issued;
    }

    /** A certificate for a key the user keeps (from its certificate signing request). */
    public X509Certificate issue(UserAccount user, PublicKey publicKey) {
        X509Certificate certificate = ca.authority().signClientCertificate(user.getLoginId(), publicKey, VALIDITY);
        register(user, certificate);
        return certificate;
    }

    private void register(UserAccount user, X509Certificate certificate) {
        // One live certificate per user: the new one (a re-issue or a renewal) supersedes the ones before it.
        revoker.revokeAll(user, ClientCertificate.SYSTEM, RevocationReason.SUPERSEDED, null, null);
        ZoneId zone = clock.getZone();
        em.persist(new ClientCertificate(user, CertificateSerials.normalise(certificate.getSerialNumber()),
                certificate.getSubjectX500Principal().getName(),
                LocalDateTime.ofInstant(certificate.getNotBefore().toInstant(), zone),
                LocalDateTime.ofInstant(certificate.getNotAfter().toInstant(), zone), fingerprint(certificate)));
    }

    /** SHA-256 of the DER encoding, lower-case hex: what {@code openssl x509 -fingerprint -sha256} shows. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
