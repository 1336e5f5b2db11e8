package jp.kojo.calendar.boundary;

import java.time.LocalTime;

/** The service hours on business days and, separately, the contact centre's hours. */
public record ServiceHoursView(LocalTime opens, LocalTime closes, LocalTime contactOpens, LocalTime contactCloses) {
}
