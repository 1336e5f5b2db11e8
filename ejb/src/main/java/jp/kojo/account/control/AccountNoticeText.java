package jp.kojo.account.control;

import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.stream.Collectors;
import jp.kojo.account.entity.ServiceRight;
import jp.kojo.organization.entity.ServiceKind;

/**
 * The wording of each {@link AccountNotice}: subject and plain-text body, in Japanese as the bank's other mails.
 * Every body says what happened to which login id and when, and whom to call if the holder did not expect it;
 * none carries a password, a code or a link, so a forwarded or intercepted mail gives nothing away.
 */
public final class AccountNoticeText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 H時mm分");
    private static final String FOOTER = "\n--\nKojo 労金控除サービス（このメールは送信専用です）\n";
    private static final String NOT_YOU = "お心当たりのない場合は、お取引店にご連絡ください。\n";
    private static final String ASK_MASTER = "お心当たりのない場合は、貴団体のマスターユーザーにご確認ください。\n";

    private AccountNoticeText() {
    }

    public static String subject(AccountNotice.Kind kind) {
        return "【Kojo】" + switch (kind) {
            case REGISTERED -> "マスターユーザー登録完了のお知らせ";
            case USER_CREATED -> "ユーザー登録のお知らせ";
            case RIGHTS_CHANGED -> "ご利用権限変更のお知らせ";
            case LOCKED -> "ログインIDロックのお知らせ";
            case UNLOCKED -> "ログインIDロック解除のお知らせ";
            case PASSWORD_RESET -> "パスワード初期化のお知らせ";
            case DELETED -> "ユーザー削除のお知らせ";
            case MASTER_DELETED -> "マスターユーザー削除のお知らせ";
            case PASSWORD_CHANGED -> "パスワード変更のお知らせ";
            case CERTIFICATE_ISSUED -> "電子証明書発行のお知らせ";
        };
    }

    public static String body(AccountNotice notice) {
        String when = TIME.format(notice.at());
        String id = "ログインID " + notice.loginId();
        String text = switch (notice.kind()) {
            case REGISTERED -> id + " をマスターユーザーとして" + when + "に登録しました。\n"
                    + "続けて、ログイン画面の「電子証明書の発行」から電子証明書を発行してください。\n" + NOT_YOU;
            case USER_CREATED -> "貴団体のマスターユーザーが、" + when + "に" + id + " を登録しました。\n"
                    + "仮パスワードはマスターユーザーからお受け取りください（7日間有効です）。"
                    + "電子証明書を発行してから、最初のログインでパスワードを変更してください。\n"
                    + rights(notice.detail()) + ASK_MASTER;
            case RIGHTS_CHANGED -> "貴団体のマスターユーザーが、" + when + "に" + id + " のご利用権限を変更しました。\n"
                    + rights(notice.detail()) + "次の操作から新しい権限が適用されます。\n" + ASK_MASTER;
            case LOCKED -> id + " は" + when + "にロックされました。ロック中はログインできません。\n"
                    + reason(notice.detail()) + "ロックの解除は、貴団体のマスターユーザー（マスターユーザーの場合はお取引店）に"
                    + "ご依頼ください。\n" + NOT_YOU;
            case UNLOCKED -> id + " のロックを" + when + "に解除しました。ログインできます。\n" + NOT_YOU;
            case PASSWORD_RESET -> "貴団体のマスターユーザーが、" + when + "に" + id + " のパスワードを初期化しました。\n"
                    + "新しい仮パスワードはマスターユーザーからお受け取りください（7日間有効です）。"
                    + "次のログインでパスワードを変更してください。\n" + ASK_MASTER;
            case DELETED -> id + " は" + when + "に削除されました。このログインIDと電子証明書ではログインできません。\n"
                    + ASK_MASTER;
            case MASTER_DELETED -> "貴団体からの書面によるご依頼" + (notice.detail() == null ? "" : "（受付番号 "
                    + notice.detail() + "）") + "に基づき、" + when + "にマスターユーザーの" + id
                    + " を削除しました。このログインIDと電子証明書ではログインできません。\n"
                    + "新しいマスターユーザーは、初期パスワード届出書を提出のうえ初期登録から登録してください。\n" + NOT_YOU;
            case PASSWORD_CHANGED -> id + " のログインパスワードを" + when + "に変更しました。\n" + NOT_YOU;
            case CERTIFICATE_ISSUED -> id + " に電子証明書を" + when + "に発行しました。\n"
                    + (notice.detail() == null ? "" : notice.detail() + "\n")
                    + "以前の電子証明書をお持ちの場合、それは失効しました。\n" + NOT_YOU;
        };
        String name = notice.displayName() == null || notice.displayName().isBlank() ? notice.loginId() : notice.displayName();
        return name + " 様\n\n" + text + FOOTER;
    }

    /** The rights as the notice lists them, e.g. 財形: 照会・更新・送信、一斉積立: 照会. */
    public static String describe(Collection<ServiceRight> rights) {
        return rights.stream().sorted(Comparator.comparing(ServiceRight::getService))
                .map(r -> service(r.getService()) + ": " + (r.isView() ? "照会" : "") + (r.isUpdate() ? "・更新" : "")
                        + (r.isSend() ? "・送信" : ""))
                .collect(Collectors.joining("、"));
    }

    static String service(ServiceKind kind) {
        return switch (kind) {
            case LUMP_SUM -> "労金控除（まとめ入金型）";
            case PAYROLL -> "労金控除（賃金控除型）";
            case COLLECTIVE_SAVINGS -> "一斉積立";
            case ZAIKEI -> "財形";
        };
    }

    private static String rights(String detail) {
        return detail == null || detail.isBlank() ? "ご利用権限: なし（照会もできません）\n" : "ご利用権限: " + detail + "\n";
    }

    private static String reason(String detail) {
        return detail == null || detail.isBlank() ? "" : "理由: " + detail + "\n";
    }
}
