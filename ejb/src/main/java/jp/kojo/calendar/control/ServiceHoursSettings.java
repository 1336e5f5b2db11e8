package jp.kojo.calendar.control;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import jp.kojo.calendar.boundary.ServiceHoursView;

/**
 * Service and contact hours from the server's system properties ({@code kojo.service.opens},
 * {@code kojo.service.closes}, {@code kojo.contact.opens}, {@code kojo.contact.closes}, as HH:mm), with the
 * bank's usual hours as defaults.
 */
public final class ServiceHoursSettings {
    private ServiceHoursSettings() {
    }

    public static ServiceHoursView current() {
        return new ServiceHoursView(
                time("kojo.service.opens", "08:00"), time("kojo.service.closes", "20:00"),
                time("kojo.contact.opens", "09:00"), time("kojo.contact.closes", "18:00"));
    }

    static LocalTime time(String property, String fallback) {
        String value = System.getProperty(property, fallback);
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("System property " + property + " is not a time (HH:mm): " + value, e);
        }
    }
}
