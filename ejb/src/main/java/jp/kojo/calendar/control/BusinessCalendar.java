package jp.kojo.calendar.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import jp.kojo.calendar.boundary.CalendarDay;
import jp.kojo.calendar.boundary.DayKind;

/**
 * 営業日: business-day arithmetic for every deadline in Kojo. A day is closed when it is a Saturday or Sunday,
 * a national holiday, one of the bank's closing days (December 31 to January 3) or a closed day the bank
 * added. The closed days of each year come from {@code closedDaysOfYear} (national holidays and extra days),
 * asked once per year and kept for the life of this object.
 */
public final class BusinessCalendar {
    /** Deadlines never look further than this for a business day (a safety net against a broken table). */
    private static final int MAX_SEARCH_DAYS = 366;

    private final IntFunction<Collection<CalendarDay>> closedDaysOfYear;
    private final Map<Integer, Map<LocalDate, CalendarDay>> byYear = new ConcurrentHashMap<>();

    /**
     * @param holidaysAndExtraDays for a year: its national holidays and the bank's extra closed days; the
     *                             bank's December 31 to January 3 closing is added here
     */
    public BusinessCalendar(IntFunction<Collection<CalendarDay>> holidaysAndExtraDays) {
        this.closedDaysOfYear = holidaysAndExtraDays;
    }

    /** The bank's own closing days of a year: December 31, January 2 and 3 (January 1 is 元日). */
    public static List<CalendarDay> bankClosingDays(int year) {
        return List.of(
                new CalendarDay(MonthDay.of(1, 2).atYear(year), "年始休業日", DayKind.BANK_CLOSED),
                new CalendarDay(MonthDay.of(1, 3).atYear(year), "年始休業日", DayKind.BANK_CLOSED),
                new CalendarDay(MonthDay.of(12, 31).atYear(year), "年末休業日", DayKind.BANK_CLOSED));
    }

    /** The year's closed days other than ordinary weekends, in date order; each date once. */
    public List<CalendarDay> closedDays(int year) {
        return new ArrayList<>(year(year).values());
    }

    /** Why the day is closed, if it is: a named closed day, or a plain Saturday or Sunday. */
    public Optional<CalendarDay> closure(LocalDate date) {
        CalendarDay named = year(date.getYear()).get(date);
        if (named != null) {
            return Optional.of(named);
        }
        DayOfWeek dayOfWeek = date.getDayOfWeek();
        if (dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY) {
            return Optional.of(new CalendarDay(date, dayOfWeek == DayOfWeek.SATURDAY ? "土曜日" : "日曜日",
                    DayKind.WEEKEND));
        }
        return Optional.empty();
    }

    public boolean isBusinessDay(LocalDate date) {
        return closure(date).isEmpty();
    }

    /** The date itself when it is a business day, else the next business day after it. */
    public LocalDate businessDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        for (int i = 0; i < MAX_SEARCH_DAYS; i++, day = day.plusDays(1)) {
            if (isBusinessDay(day)) {
                return day;
            }
        }
        throw new IllegalStateException("No business day within a year after " + date);
    }

    /** The next business day strictly after the date. */
    public LocalDate nextBusinessDay(LocalDate date) {
        return businessDayOnOrAfter(date.plusDays(1));
    }

    /**
     * The day {@code n} business days before {@code date}, not counting the date itself: with n = 2 and a
     * payment on Wednesday, Monday; across a weekend, a holiday or the year end the closed days are skipped.
     * With n = 0, the date itself if it is a business day, else the last business day before it.
     */
    public LocalDate businessDaysBefore(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = date;
        if (n == 0) {
            while (!isBusinessDay(day)) {
                day = day.minusDays(1);
            }
            return day;
        }
        int counted = 0;
        for (int i = 0; i < MAX_SEARCH_DAYS * 2; i++) {
            day = day.minusDays(1);
            if (isBusinessDay(day) && ++counted == n) {
                return day;
            }
        }
        throw new IllegalStateException("Not " + n + " business days within two years before " + date);
    }

    /**
     * Business days from {@code from} (exclusive) to {@code to} (inclusive): how many business days are left
     * until a deadline; 0 when the deadline is today or passed.
     */
    public int businessDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isBusinessDay(day)) {
                count++;
            }
        }
        return count;
    }

    private Map<LocalDate, CalendarDay> year(int year) {
        return byYear.computeIfAbsent(year, y -> {
            Map<LocalDate, CalendarDay> days = new TreeMap<>();
            for (CalendarDay day : closedDaysOfYear.apply(y)) {
                if (day.date().getYear() == y) {
                    days.merge(day.date(), day, BusinessCalendar::stronger);
                }
            }
            for (CalendarDay day : bankClosingDays(y)) {
                days.merge(day.date(), day, BusinessCalendar::stronger);
            }
            return days;
        });
    }

    /** A national holiday names the day before the bank's closing, which names it before an extra day. */
    private static CalendarDay stronger(CalendarDay a, CalendarDay b) {
        return a.kind().ordinal() <= b.kind().ordinal() ? a : b;
    }
}
