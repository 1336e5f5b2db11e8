package jp.kojo.calendar.boundary;

import java.time.ZonedDateTime;

/**
 * Whether organisations can use the service now, and if not why and from when.
 *
 * @param open        whether the service is open
 * @param reason      why it is closed (null when open)
 * @param closedDay   the closed day's name when the reason is a closed day (元日, 土曜日 …), else null
 * @param nextOpening when it opens next (null when open)
 */
public record ServiceStatus(boolean open, Reason reason, String closedDay, ZonedDateTime nextOpening) {
    public enum Reason {
        /** A Saturday, Sunday, national holiday or one of the bank's closed days. */
        CLOSED_DAY,
        /** A business day, but before opening or after closing time. */
        OUTSIDE_HOURS,
        /** A maintenance window the bank set. */
        MAINTENANCE
    }

    public static ServiceStatus opened() {
        return new ServiceStatus(true, null, null, null);
    }
}
