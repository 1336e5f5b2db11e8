package jp.kojo.certificate.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.kojo.account.entity.UserAccount;
import jp.kojo.certificate.entity.RevocationReason;

/**
 * Tells the holder that its certificate was revoked (電子証明書失効のお知らせ), so a revocation it did not ask for
 * does not go unnoticed. A mail that cannot be sent is logged; the revocation stands.
 */
@Dependent
public class RevocationMail {
    private static final Logger LOG = Logger.getLogger(RevocationMail.class.getName());
    public static final String SUBJECT = "【Kojo】電子証明書失効のお知らせ";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 H時mm分");

    @Resource(lookup = "java:jboss/mail/Kojo")
    Session session;

    public void send(UserAccount holder, RevocationReason reason, LocalDateTime revokedAt) {
        if (holder.getEmail() == null || holder.getEmail().isBlank()) {
            return;
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(holder.getEmail(), true));
            message.setSubject(SUBJECT, StandardCharsets.UTF_8.name());
            message.setText(body(holder.getDisplayName(), holder.getLoginId(), reason, revokedAt),
                    StandardCharsets.UTF_8.name());
            Transport.send(message);
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Revocation mail to user " + holder.getLoginId() + " not sent", e);
        }
    }

    static String body(String displayName, String loginId, RevocationReason reason, LocalDateTime revokedAt) {
        return displayName + " 様\n\n"
                + "ログインID " + loginId + " の電子証明書を" + TIME.format(revokedAt) + "に失効させました。\n"
                + "失効の区分: " + label(reason) + "\n\n"
                + "この電子証明書ではログインできません。引き続きご利用になる場合は、ログイン画面の"
                + "「電子証明書の発行」から新しい電子証明書を発行してください。\n"
                + "お心当たりのない場合は、お取引店にご連絡ください。\n\n"
                + "--\nKojo 労金控除サービス（このメールは送信専用です）\n";
    }

    static String label(RevocationReason reason) {
        return switch (reason) {
            case USER_REQUEST -> "ご本人による失効";
            case MASTER -> "マスターユーザーによる失効";
            case BANK_REQUEST -> "電子証明書失効依頼書による失効";
            case USER_DELETED -> "利用者の削除";
            case SUPERSEDED -> "新しい電子証明書の発行";
        };
    }
}
