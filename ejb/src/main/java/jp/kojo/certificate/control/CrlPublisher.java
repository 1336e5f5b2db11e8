package jp.kojo.certificate.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigInteger;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import jp.kojo.certificate.entity.PublishedCrl;
import jp.kojo.certificate.entity.RevocationReason;
import jp.kojo.platform.ClockProducer;

/**
 * Publishes Kojo's CRL: after every revocation (in its transaction) and once a day. The counter row's lock
 * orders concurrent publications, and each lists every revocation committed before it took the lock.
 */
@Dependent
public class CrlPublisher {
    private static final Logger LOG = Logger.getLogger(CrlPublisher.class.getName());
    /** Relying parties may use a CRL this long; a new one is published at least daily. */
    public static final Duration VALIDITY = Duration.ofDays(7);
    /** The daily run publishes when the newest CRL is older than this. */
    public static final Duration REPUBLISH_AFTER = Duration.ofHours(20);

    @Inject
    KojoCa ca;

    @PersistenceContext
    EntityManager em;

    public Optional<PublishedCrl> newest() {
        return em.createNamedQuery(PublishedCrl.NEWEST, PublishedCrl.class).setMaxResults(1).getResultStream().findFirst();
    }

    /** The newest CRL, or a new one when there is none yet or it is older than {@code age}. */
    public PublishedCrl newestNoOlderThan(Duration age) {
        Instant now = ca.now();
        return newest().filter(c -> c.getThisUpdate().atZone(ClockProducer.TOKYO).toInstant().plus(age).isAfter(now))
                .orElseGet(this::publish);
    }

    public PublishedCrl publish() {
        em.flush();
        em.createNativeQuery("UPDATE certificate_crl_counter SET last_number = last_number + 1 WHERE id = 1")
                .executeUpdate();
        long number = ((Number) em.createNativeQuery("SELECT last_number FROM certificate_crl_counter WHERE id = 1")
                .getSingleResult()).longValue();
        // Real time, like the certificates: relying parties check thisUpdate and nextUpdate against it.
        Instant thisUpdate = ca.now().truncatedTo(ChronoUnit.SECONDS);
        Instant nextUpdate = thisUpdate.plus(VALIDITY);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT serial_hex, revoked_at, revocation_reason FROM client_certificate "
                        + "WHERE revoked_at IS NOT NULL AND not_after > ? ORDER BY revoked_at")
                .setParameter(1, Timestamp.valueOf(LocalDateTime.ofInstant(thisUpdate, ClockProducer.TOKYO)))
                .getResultList();
        List<CertificateAuthority.RevokedCertificate> revoked = rows.stream()
                .map(row -> new CertificateAuthority.RevokedCertificate(new BigInteger((String) row[0], 16),
                        earliest(((Timestamp) row[1]).toLocalDateTime().atZone(ClockProducer.TOKYO).toInstant(), thisUpdate),
                        row[2] == null ? 0 : RevocationReason.valueOf((String) row[2]).crlReasonCode()))
                .toList();
        X509CRL crl = ca.authority().revocationList(revoked, thisUpdate, nextUpdate, BigInteger.valueOf(number));
        try {
            PublishedCrl published = new PublishedCrl(number, LocalDateTime.ofInstant(thisUpdate, ClockProducer.TOKYO),
                    LocalDateTime.ofInstant(nextUpdate, ClockProducer.TOKYO), crl.getEncoded());
            em.persist(published);
            LOG.info(() -> "CRL " + number + " published with " + revoked.size() + " revoked certificates");
            return published;
        } catch (CRLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A revocation dated by a clock moved ahead (tests, demos) is never dated after the CRL itself. */
    private static Instant earliest(Instant revokedAt, Instant thisUpdate) {
        return revokedAt.isAfter(thisUpdate) ? thisUpdate : revokedAt;
    }
}
