package jp.kojo.account.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mails an {@link AccountNotice} after the act's transaction committed. A mail that cannot be sent is logged; the
 * act stands (the notice tells of something done, it is not part of doing it).
 */
@ApplicationScoped
public class AccountNoticeMail {
    private static final Logger LOG = Logger.getLogger(AccountNoticeMail.class.getName());

    @Resource(lookup = "java:jboss/mail/Kojo")
    Session session;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountNotice notice) {
        if (notice.email() == null || notice.email().isBlank()) {
            return;
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(notice.email(), true));
            message.setSubject(AccountNoticeText.subject(notice.kind()), StandardCharsets.UTF_8.name());
            message.setText(AccountNoticeText.body(notice), StandardCharsets.UTF_8.name());
            Transport.send(message);
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, notice.kind() + " notice to user " + notice.loginId() + " not sent", e);
        }
    }
}
