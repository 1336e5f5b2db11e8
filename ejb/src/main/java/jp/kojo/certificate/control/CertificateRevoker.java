package jp.kojo.certificate.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;
import jp.kojo.account.entity.UserAccount;
import jp.kojo.certificate.entity.ClientCertificate;
import jp.kojo.certificate.entity.RevocationReason;

/**
 * Revokes a user's unrevoked certificates under their rows' lock, records who, when, why (and the paper
 * request's reference), and publishes a new CRL in the same transaction.
 */
@Dependent
public class CertificateRevoker {
    private static final Logger LOG = Logger.getLogger(CertificateRevoker.class.getName());
    public static final int MAX_NOTE = 200;
    public static final int MAX_REFERENCE = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CrlPublisher crl;

    /** The user's certificates that are neither revoked nor expired, newest first. */
    public List<ClientCertificate> live(UserAccount user) {
        return em.createQuery("SELECT c FROM ClientCertificate c WHERE c.user = :user AND c.revokedAt IS NULL "
                        + "AND c.notAfter > :now ORDER BY c.notAfter DESC", ClientCertificate.class)
                .setParameter("user", user)
                .setParameter("now", LocalDateTime.now(clock))
                .getResultList();
    }

    /** Answers how many certificates this revoked (0 when the user had none unrevoked). */
    public int revokeAll(UserAccount user, String by, RevocationReason reason, String note, String reference) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<ClientCertificate> unrevoked = em.createQuery("SELECT c FROM ClientCertificate c WHERE c.user = :user "
                        + "AND c.revokedAt IS NULL", ClientCertificate.class)
                .setParameter("user", user)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        int revoked = 0;
        for (ClientCertificate certificate : unrevoked) {
            if (certificate.revoke(now, by, reason, cut(note, MAX_NOTE), cut(reference, MAX_REFERENCE))) {
                revoked++;
                LOG.info(() -> "Certificate " + certificate.getSerialHex() + " of " + user.getLoginId() + " revoked by "
                        + by + " (" + reason + ")");
            }
        }
        if (revoked > 0) {
            crl.publish();
        }
        return revoked;
    }

    private static String cut(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }
}
