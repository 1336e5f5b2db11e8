package jp.kojo.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.kojo.account.entity.ServiceRight;
import jp.kojo.organization.entity.ServiceKind;
import org.junit.jupiter.api.Test;

class AccountNoticeTextTest {
    private static final LocalDateTime AT = LocalDateTime.of(2027, 1, 5, 9, 7);

    private static AccountNotice notice(AccountNotice.Kind kind, String detail) {
        return new AccountNotice(kind, "x@example.jp", "東和 一郎", "towa01", AT, detail);
    }

    @Test
    void everyKindHasItsOwnSubjectAndABodyNamingLoginIdAndTime() {
        Set<String> subjects = new java.util.HashSet<>();
        for (AccountNotice.Kind kind : EnumSet.allOf(AccountNotice.Kind.class)) {
            String subject = AccountNoticeText.subject(kind);
            assertTrue(subject.startsWith("【Kojo】"), subject);
            assertTrue(subjects.add(subject), "subject used twice: " + subject);
            String body = AccountNoticeText.body(notice(kind, null));
            assertTrue(body.startsWith("東和 一郎 様\n"), body);
            assertTrue(body.contains("ログインID towa01"), body);
            assertTrue(body.contains("2027年1月5日 9時07分"), body);
            assertTrue(body.contains("お心当たりのない場合は"), body);
        }
    }

    @Test
    void thePasswordChangeNoticeSaysWhatChangedAndWhomToCall() {
        assertEquals("【Kojo】パスワード変更のお知らせ", AccountNoticeText.subject(AccountNotice.Kind.PASSWORD_CHANGED));
        String body = AccountNoticeText.body(notice(AccountNotice.Kind.PASSWORD_CHANGED, null));
        assertTrue(body.contains("ログインパスワードを2027年1月5日 9時07分に変更しました。"), body);
        assertTrue(body.contains("お取引店にご連絡ください"), body);
    }

    @Test
    void rightsAreListedPerServiceInTheContractsOrder() {
        String rights = AccountNoticeText.describe(List.of(new ServiceRight(ServiceKind.ZAIKEI, true, true, true),
                new ServiceRight(ServiceKind.LUMP_SUM, true, false, false)));
        assertEquals("労金控除（まとめ入金型）: 照会、財形: 照会・更新・送信", rights);
        assertTrue(AccountNoticeText.body(notice(AccountNotice.Kind.RIGHTS_CHANGED, rights)).contains("ご利用権限: " + rights));
        assertTrue(AccountNoticeText.body(notice(AccountNotice.Kind.RIGHTS_CHANGED, ""))
                .contains("ご利用権限: なし（照会もできません）"));
    }

    @Test
    void aLockNamesItsReasonAndWhoLiftsIt() {
        String body = AccountNoticeText.body(notice(AccountNotice.Kind.LOCKED, "パスワードを5回続けて誤ったため"));
        assertTrue(body.contains("理由: パスワードを5回続けて誤ったため"), body);
        assertTrue(body.contains("マスターユーザー（マスターユーザーの場合はお取引店）"), body);
    }

    @Test
    void noNoticeCarriesASecret() {
        // The temporary password is handed over by the master, never mailed.
        String reset = AccountNoticeText.body(notice(AccountNotice.Kind.PASSWORD_RESET, null));
        assertTrue(reset.contains("マスターユーザーからお受け取りください"), reset);
        assertFalse(reset.contains("http"), reset);
    }

    @Test
    void aNoticeWithoutDisplayNameAddressesTheLoginId() {
        String body = AccountNoticeText.body(new AccountNotice(AccountNotice.Kind.UNLOCKED, "x@example.jp", " ", "towa01",
                AT, null));
        assertTrue(body.startsWith("towa01 様\n"), body);
    }
}
