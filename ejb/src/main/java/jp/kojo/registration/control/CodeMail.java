package jp.kojo.registration.control;

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

/** The mail with a one-time code (本人認証コード), in Japanese, through Kojo's mail session. */
@Dependent
public class CodeMail {
    public static final String SUBJECT = "【Kojo】本人認証コードのお知らせ";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 H時mm分");

    @Resource(lookup = "java:jboss/mail/Kojo")
    Session session;

    /** @throws MessagingException when the mail server does not take it */
    public void send(String address, String displayName, String code, LocalDateTime expiresAt) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(address, true));
        message.setSubject(SUBJECT, StandardCharsets.UTF_8.name());
        message.setText(body(displayName, code, expiresAt), StandardCharsets.UTF_8.name());
        Transport.send(message);
    }

    static String body(String displayName, String code, LocalDateTime expiresAt) {
        return displayName + " 様\n\n"
                + "Kojo（労金控除サービス）の電子証明書発行のための本人認証コードをお知らせします。\n\n"
                + "本人認証コード: " + code + "\n"
                + "有効期限: " + TIME.format(expiresAt) + "（" + OneTimeCodeRule.VALIDITY.toMinutes() + "分間）\n\n"
                + "このコードは1回だけ使えます。" + OneTimeCodeRule.MAX_TRIES
                + "回誤ると使えなくなりますので、画面から新しいコードを送信してください。\n"
                + "お心当たりのない場合は、このメールを破棄し、お取引店にご連絡ください。\n\n"
                + "--\nKojo 労金控除サービス（このメールは送信専用です）\n";
    }
}
