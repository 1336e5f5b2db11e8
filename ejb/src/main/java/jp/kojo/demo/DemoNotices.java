package jp.kojo.demo;

import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import jp.kojo.notice.entity.Audience;
import jp.kojo.notice.entity.Notice;

/**
 * The demo's notices (お知らせ), dated around the demo's "now": a maintenance and a year-end notice for
 * everyone, one for members and one for employers, one already withdrawn and one not yet published.
 * Added once, to a database without notices, so that a demo database made before notices existed gets them too.
 */
final class DemoNotices {
    private static final String AUTHOR = "bank01";

    private DemoNotices() {
    }

    static int seedIfNone(EntityManager em, LocalDateTime now) {
        if (em.createQuery("SELECT COUNT(n) FROM Notice n", Long.class).getSingleResult() > 0) {
            return 0;
        }
        LocalDate maintenanceDay = now.toLocalDate().plusDays(14).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        int year = now.getMonthValue() >= 4 ? now.getYear() : now.getYear() - 1;
        add(em, now, "システムメンテナンスに伴うサービス停止のお知らせ",
                "システムメンテナンスのため、次の時間帯は労金控除サービスをご利用いただけません。\n"
                        + "停止日時: " + japanese(maintenanceDay) + " 2:00〜6:00\n"
                        + "停止中はログインを含むすべての画面がご利用いただけません。\n"
                        + "ご不便をおかけしますが、ご理解くださいますようお願い申し上げます。",
                Audience.PUBLIC, now.minusDays(2), null);
        add(em, now, "年末年始のサービス休止について",
                "12月31日から1月3日までは、労金控除サービスを休止いたします。\n"
                        + "年内の控除結果のご報告・入金は12月30日までにお済ませください。\n"
                        + "1月4日 8:00より通常どおりご利用いただけます。",
                Audience.PUBLIC, now.minusDays(10), null);
        add(em, now, "【会員の皆さまへ】まとめ入金の入金期限について",
                "まとめ入金型をご利用の会員の皆さまへ。\n"
                        + "今月分の控除額の更新とまとめ入金は、控除日の3営業日前までにお手続きください。\n"
                        + "期限を過ぎた場合は、お取引店までご連絡ください。",
                Audience.MEMBERS, now.minusDays(5), null);
        add(em, now, "【事業主の皆さまへ】賃金控除結果のご報告について",
                "賃金控除型をご利用の事業主の皆さまへ。\n"
                        + "賃金控除結果は、給与支給日の翌営業日までに本サービスでご報告ください。\n"
                        + "控除できなかった方がいる場合は、その理由もあわせてご入力ください。",
                Audience.EMPLOYERS, now.minusDays(3), null);
        add(em, now, "電子証明書の一斉更新のお知らせ（掲載終了）",
                "電子証明書の一斉更新は終了しました。",
                Audience.PUBLIC, now.minusDays(40), now.minusDays(1));
        add(em, now, year + 1 + "年度の取扱商品追加のお知らせ",
                "4月より、一斉積立の対象商品を追加いたします。詳しくは後日ご案内します。",
                Audience.PUBLIC, now.plusDays(30), null);
        return 6;
    }

    private static void add(EntityManager em, LocalDateTime now, String title, String body, Audience audience,
                            LocalDateTime publishAt, LocalDateTime withdrawAt) {
        em.persist(new Notice(title, body, audience, publishAt, withdrawAt, AUTHOR, now));
    }

    private static String japanese(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日（"
                + day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.JAPANESE) + "）";
    }
}
