package jp.kojo.reminder.control;

import java.time.LocalDate;
import java.time.YearMonth;
import jp.kojo.deduction.entity.CycleKind;

/** The reminder's subject and body, in Japanese (the organisations' language), as plain text. */
public final class CutOffReminderMail {
    private static final String[] WEEKDAYS = {"月", "火", "水", "木", "金", "土", "日"};

    private CutOffReminderMail() {
    }

    public static String cycleLabel(YearMonth month, CycleKind kind) {
        return month.getYear() + "年" + month.getMonthValue() + "月 " + kind.nameJa();
    }

    public static String subject(String cycleLabel) {
        return "【労金控除サービス】送信期限のお知らせ (" + cycleLabel + ")";
    }

    public static String body(String organizationName, String userName, String cycleLabel, LocalDate paymentDate,
                              LocalDate cutOff, int businessDaysLeft) {
        return organizationName + "\n" + userName + " 様\n\n"
                + "いつも労金控除サービスをご利用いただきありがとうございます。\n"
                + cycleLabel + "の控除結果がまだ送信されていません。\n"
                + "送信期限まであと" + businessDaysLeft + "営業日です。\n\n"
                + "  控除サイクル: " + cycleLabel + "\n"
                + "  入金日　　　: " + date(paymentDate) + "\n"
                + "  送信期限　　: " + date(cutOff) + " (この日の終わりまで)\n\n"
                + "まとめ入金の画面で控除不能の明細を確認し、承認のうえ送信してください。\n"
                + "送信期限を過ぎると、この控除サイクルは送信できなくなります。\n\n"
                + "このメールは送信専用です。ご不明な点はお取引店へお問い合わせください。\n";
    }

    static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日("
                + WEEKDAYS[date.getDayOfWeek().getValue() - 1] + ")";
    }
}
