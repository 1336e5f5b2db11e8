package jp.kojo.certificate.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalInt;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.kojo.certificate.control.CertificateReminderSender;
import jp.kojo.certificate.control.CertificateRenewalRule;
import jp.kojo.platform.Roles;

/**
 * Mails each holder of a live certificate 30 and 10 days before it expires, once each (recorded per certificate
 * and threshold). An EJB timer once a day, not persistent: every node runs it and the records' key makes each
 * mail go out once. The batch administrator can run it at once ({@link #runNow()}), e.g. after an outage.
 */
@Stateless
public class CertificateExpiryReminders {
    private static final Logger LOG = Logger.getLogger(CertificateExpiryReminders.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    CertificateReminderSender sender;

    @Inject
    Clock clock;

    /** Answers how many mails went out. */
    @RolesAllowed(Roles.BATCH_ADMIN)
    public int runNow() {
        return run();
    }

    /** Every morning at 7:00 Tokyo time. */
    // Persistent: in a cluster the timer fires on one node only (WildFly's distributable timers).
    @Schedule(hour = "7", minute = "0", timezone = "Asia/Tokyo", persistent = true)
    void scheduled() {
        int mails = run();
        LOG.info(() -> "Certificate expiry reminders: " + mails + " mails");
    }

    private int run() {
        LocalDateTime now = LocalDateTime.now(clock);
        // Unrevoked certificates of users that can still log in, expiring within the first reminder's band.
        List<Object[]> candidates = em.createQuery("SELECT c.id, c.notAfter FROM ClientCertificate c JOIN c.user u "
                        + "WHERE c.revokedAt IS NULL AND c.notAfter > :now AND c.notAfter < :horizon "
                        + "AND u.deletedAt IS NULL AND u.email IS NOT NULL", Object[].class)
                .setParameter("now", now)
                .setParameter("horizon", now.plusDays(CertificateRenewalRule.FIRST_REMINDER_DAYS + 1))
                .getResultList();
        int mails = 0;
        for (Object[] candidate : candidates) {
            OptionalInt due = CertificateRenewalRule.reminderDue((LocalDateTime) candidate[1], now);
            if (due.isEmpty()) {
                continue;
            }
            try {
                mails += sender.remind(((Number) candidate[0]).longValue(), due.getAsInt()) ? 1 : 0;
            } catch (Exception e) {
                // Another node sent it first (the key), or the mail server refused: the next run retries.
                LOG.log(Level.WARNING, "Expiry reminder for certificate " + candidate[0] + " not sent: " + e);
            }
        }
        return mails;
    }
}
