package jp.kojo.web.common;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates and times as Japanese screens write them, in both languages (2026/12/31(木), 8:00). */
public final class JapaneseFormats {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private JapaneseFormats() {
    }

    public static String time(LocalTime time) {
        return TIME.format(time);
    }

    /** 木, 月 …: the short Japanese weekday. */
    public static String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.JAPANESE);
    }

    /** 2026/12/31 14:05, or empty for none. */
    public static String dateTime(java.time.LocalDateTime time) {
        return time == null ? "" : DATE.format(time) + " " + DateTimeFormatter.ofPattern("HH:mm").format(time);
    }

    /** 2026/12/31(木). */
    public static String dateWithWeekday(LocalDate date) {
        return DATE.format(date) + "(" + weekday(date) + ")";
    }
}
