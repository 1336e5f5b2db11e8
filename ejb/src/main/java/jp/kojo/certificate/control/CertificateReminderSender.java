package jp.kojo.certificate.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import jp.kojo.account.entity.UserAccount;
import jp.kojo.certificate.entity.ClientCertificate;

/**
 * One expiry reminder for one certificate, in a transaction of its own: the row recording it is written and
 * flushed first (its key refuses a rerun or a second node), then the mail goes out; a failed send rolls the
 * row back, so the next run tries again.
 */
@Stateless
public class CertificateReminderSender {
    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/mail/Kojo")
    Session mail;

    @Inject
    Clock clock;

    /** Answers whether a mail went out (false: already sent for this threshold). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remind(long certificateId, int daysBefore) throws MessagingException {
        long sent = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM certificate_reminder WHERE certificate_id = ? "
                        + "AND days_before = ?")
                .setParameter(1, certificateId).setParameter(2, daysBefore).getSingleResult()).longValue();
        if (sent > 0) {
            return false;
        }
        em.createNativeQuery("INSERT INTO certificate_reminder (certificate_id, days_before, sent_at) VALUES (?, ?, ?)")
                .setParameter(1, certificateId).setParameter(2, daysBefore)
                .setParameter(3, Timestamp.valueOf(LocalDateTime.now(clock)))
                .executeUpdate();
        ClientCertificate certificate = em.find(ClientCertificate.class, certificateId);
        UserAccount user = certificate.getUser();
        MimeMessage message = new MimeMessage(mail);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(user.getEmail(), true));
        message.setSubject(CertificateReminderMail.subject(daysBefore), StandardCharsets.UTF_8.name());
        message.setText(CertificateReminderMail.body(user.getDisplayName(), user.getLoginId(), certificate.getNotAfter(),
                CertificateRenewalRule.opensOn(certificate.getNotAfter())), StandardCharsets.UTF_8.name());
        Transport.send(message);
        return true;
    }
}
