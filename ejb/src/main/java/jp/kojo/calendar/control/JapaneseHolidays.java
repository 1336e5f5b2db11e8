package jp.kojo.calendar.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.kojo.calendar.boundary.CalendarDay;
import jp.kojo.calendar.boundary.DayKind;

/**
 * Japan's national holidays computed from the law (国民の祝日に関する法律) as it stands since 2020: fixed days,
 * Happy Monday days, the equinox days by the usual astronomical approximation, the substitute holiday
 * (振替休日) when a holiday falls on a Sunday, and the citizens' holiday (国民の休日) between two holidays.
 * Used for the years the bank's table does not hold; the published years come from that table, because the
 * equinox days and any special-law days are fixed by the Cabinet each February, not by a formula.
 */
public final class JapaneseHolidays {
    /** 2020 and 2021 moved holidays for the Olympic Games; from 2022 on the ordinary law applies. */
    public static final int FIRST_RULE_YEAR = 2022;
    /** The equinox approximation holds to 2099. */
    public static final int LAST_RULE_YEAR = 2099;

    static final String SUBSTITUTE = "振替休日";
    static final String CITIZENS = "国民の休日";

    private JapaneseHolidays() {
    }

    public static boolean computable(int year) {
        return year >= FIRST_RULE_YEAR && year <= LAST_RULE_YEAR;
    }

    /** The year's national holidays, in date order, including those on a Saturday or Sunday. */
    public static List<CalendarDay> of(int year) {
        if (!computable(year)) {
            throw new IllegalArgumentException("National holidays are computed for " + FIRST_RULE_YEAR + " to "
                    + LAST_RULE_YEAR + " only: " + year);
        }
        Map<LocalDate, String> named = new TreeMap<>();
        fixed(named, year, 1, 1, "元日");
        named.put(nthMonday(year, 1, 2), "成人の日");
        fixed(named, year, 2, 11, "建国記念の日");
        fixed(named, year, 2, 23, "天皇誕生日");
        named.put(LocalDate.of(year, 3, vernalEquinoxDay(year)), "春分の日");
        fixed(named, year, 4, 29, "昭和の日");
        fixed(named, year, 5, 3, "憲法記念日");
        fixed(named, year, 5, 4, "みどりの日");
        fixed(named, year, 5, 5, "こどもの日");
        named.put(nthMonday(year, 7, 3), "海の日");
        fixed(named, year, 8, 11, "山の日");
        named.put(nthMonday(year, 9, 3), "敬老の日");
        named.put(LocalDate.of(year, 9, autumnalEquinoxDay(year)), "秋分の日");
        named.put(nthMonday(year, 10, 2), "スポーツの日");
        fixed(named, year, 11, 3, "文化の日");
        fixed(named, year, 11, 23, "勤労感謝の日");

        Map<LocalDate, String> all = new TreeMap<>(named);
        // 国民の休日: a day between two national holidays that is not one itself (Sundays stay Sundays).
        for (LocalDate day : named.keySet()) {
            LocalDate between = day.plusDays(1);
            if (named.containsKey(between.plusDays(1)) && !named.containsKey(between)
                    && between.getDayOfWeek() != DayOfWeek.SUNDAY) {
                all.put(between, CITIZENS);
            }
        }
        // 振替休日: a holiday on a Sunday moves to the nearest following day that is not a holiday.
        for (LocalDate day : named.keySet()) {
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                LocalDate substitute = day.plusDays(1);
                while (all.containsKey(substitute)) {
                    substitute = substitute.plusDays(1);
                }
                all.put(substitute, SUBSTITUTE);
            }
        }
        List<CalendarDay> days = new ArrayList<>();
        all.forEach((date, name) -> {
            if (date.getYear() == year) {
                days.add(new CalendarDay(date, name, DayKind.HOLIDAY));
            }
        });
        return days;
    }

    /** 春分日 in March, by the approximation the National Astronomical Observatory's tables follow (1980–2099). */
    static int vernalEquinoxDay(int year) {
        return (int) Math.floor(20.8431 + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
    }

    /** 秋分日 in September (1980–2099). */
    static int autumnalEquinoxDay(int year) {
        return (int) Math.floor(23.2488 + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
    }

    private static void fixed(Map<LocalDate, String> days, int year, int month, int day, String name) {
        days.put(MonthDay.of(month, day).atYear(year), name);
    }

    private static LocalDate nthMonday(int year, int month, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
    }
}
