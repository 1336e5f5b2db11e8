package jp.kojo.certificate.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import jp.kojo.certificate.control.CrlPublisher;
import jp.kojo.certificate.entity.PublishedCrl;

/**
 * Kojo's CRL (証明書失効リスト), public: every revocation publishes a new one, and a daily timer does when the
 * newest is older than 20 hours, so the CRL served is never near its nextUpdate (7 days). The timer is not
 * persistent, so it runs on every node of a cluster; the counter row's lock orders their publications.
 */
@Stateless
@PermitAll
public class RevocationList {
    /** A CRL this close to its nextUpdate is replaced before it is served. */
    static final Duration SERVE_NO_OLDER_THAN = CrlPublisher.VALIDITY.minusDays(1);

    @Inject
    CrlPublisher publisher;

    @PersistenceContext
    EntityManager em;

    public CrlFile current() {
        return file(publisher.newestNoOlderThan(SERVE_NO_OLDER_THAN));
    }

    /** Every night at 3:10 Tokyo time. */
    // Persistent: in a cluster the timer fires on one node only (WildFly's distributable timers).
    @Schedule(hour = "3", minute = "10", timezone = "Asia/Tokyo", persistent = true)
    void scheduled() {
        publisher.newestNoOlderThan(CrlPublisher.REPUBLISH_AFTER);
    }

    private static CrlFile file(PublishedCrl crl) {
        return new CrlFile(crl.getDer(), crl.getCrlNumber(), crl.getThisUpdate(), crl.getNextUpdate());
    }
}
