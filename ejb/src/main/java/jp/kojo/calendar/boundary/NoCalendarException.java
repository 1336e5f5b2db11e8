package jp.kojo.calendar.boundary;

import jakarta.ejb.ApplicationException;

/** The calendar has no national holidays for a year: neither published in the table nor computable. */
@ApplicationException
public class NoCalendarException extends RuntimeException {
    private final int year;

    public NoCalendarException(int year) {
        super("No service calendar for " + year);
        this.year = year;
    }

    public int year() {
        return year;
    }
}
