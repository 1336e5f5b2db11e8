package jp.kojo.calendar.boundary;

import java.time.LocalDate;

/** A closed day of the service calendar, with its name (元日, 振替休日, 年末休業日 …). */
public record CalendarDay(LocalDate date, String name, DayKind kind) implements Comparable<CalendarDay> {
    @Override
    public int compareTo(CalendarDay other) {
        return date.compareTo(other.date);
    }
}
