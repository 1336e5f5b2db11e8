package jp.kojo.certificate.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** The text of the mail 30 and 10 days before a certificate expires (電子証明書の有効期限のお知らせ). */
public final class CertificateReminderMail {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 H時mm分");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private CertificateReminderMail() {
    }

    public static String subject(int daysBefore) {
        return "【Kojo】電子証明書の有効期限のお知らせ（" + daysBefore + "日前）";
    }

    public static String body(String displayName, String loginId, LocalDateTime notAfter, LocalDate renewableFrom) {
        return displayName + " 様\n\n"
                + "ログインID " + loginId + " の電子証明書の有効期限が近づいています。\n\n"
                + "有効期限: " + DATE_TIME.format(notAfter) + "\n"
                + "更新できる期間: " + DATE.format(renewableFrom) + "から有効期限まで\n\n"
                + "Kojo の「電子証明書」画面、またはログイン画面の「電子証明書の発行」から更新してください。\n"
                + "登録のメールアドレスに届く本人認証コードで確認のうえ新しい証明書を発行し、"
                + "発行と同時に現在の証明書は失効します。\n"
                + "有効期限を過ぎるとログインできなくなります。\n\n"
                + "--\nKojo 労金控除サービス（このメールは送信専用です）\n";
    }
}
