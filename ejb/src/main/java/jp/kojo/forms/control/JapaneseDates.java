package jp.kojo.forms.control;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/** Dates as Japanese forms print them: in the era of the date, the first year of an era as 元年. */
public final class JapaneseDates {
    /** What a blank form shows where the date is written by hand. */
    public static final String BLANK = "令和　　年　　月　　日";

    private JapaneseDates() {
    }

    /** E.g. 2026-12-01 as 令和8年12月1日, 2019-05-01 as 令和元年5月1日, 2019-04-30 as 平成31年4月30日. */
    public static String format(LocalDate date) {
        JapaneseDate japanese = JapaneseDate.from(date);
        JapaneseEra era = japanese.getEra();
        int year = japanese.get(ChronoField.YEAR_OF_ERA);
        return era.getDisplayName(TextStyle.FULL, Locale.JAPAN) + (year == 1 ? "元" : Integer.toString(year)) + "年"
                + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
