package jp.kojo.calendar.boundary;

import jakarta.ejb.ApplicationException;

/** A change to the calendar the bank asked for breaks a rule; {@link #reason()} names it for the screen. */
@ApplicationException(rollback = true)
public class CalendarChangeRefusedException extends RuntimeException {
    public enum Reason {
        /** The day or the window is already over. */
        IN_THE_PAST,
        /** The day is closed anyway (weekend, holiday, year end) or already an extra closed day. */
        ALREADY_CLOSED,
        /** A maintenance window must end after it starts. */
        ENDS_BEFORE_START,
        /** A name or reason is missing or too long. */
        INVALID_TEXT
    }

    private final Reason reason;

    public CalendarChangeRefusedException(Reason reason) {
        super("Calendar change refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
