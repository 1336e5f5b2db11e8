package jp.kojo.calendar.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import jp.kojo.calendar.boundary.CalendarDay;
import jp.kojo.calendar.boundary.ServiceStatus;

/**
 * サービス提供時間: organisations can use Kojo on business days from {@code opens} until {@code closes}
 * (8:00 to 20:00 by default), outside the bank's maintenance windows.
 */
public final class ServiceHours {
    private final BusinessCalendar calendar;
    private final LocalTime opens;
    private final LocalTime closes;
    private final List<Window> maintenance;
    private final ZoneId zone;

    /** A maintenance window, from {@code start} (inclusive) to {@code end} (exclusive). */
    public record Window(LocalDateTime start, LocalDateTime end) {
        boolean covers(LocalDateTime time) {
            return !time.isBefore(start) && time.isBefore(end);
        }
    }

    public ServiceHours(BusinessCalendar calendar, LocalTime opens, LocalTime closes, List<Window> maintenance,
                        ZoneId zone) {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("Opening " + opens + " must be before closing " + closes);
        }
        this.calendar = calendar;
        this.opens = opens;
        this.closes = closes;
        this.maintenance = List.copyOf(maintenance);
        this.zone = zone;
    }

    public ServiceStatus at(ZonedDateTime moment) {
        LocalDateTime time = moment.withZoneSameInstant(zone).toLocalDateTime();
        Optional<CalendarDay> closure = calendar.closure(time.toLocalDate());
        if (closure.isPresent()) {
            return new ServiceStatus(false, ServiceStatus.Reason.CLOSED_DAY, closure.get().name(), nextOpening(time));
        }
        if (time.toLocalTime().isBefore(opens) || !time.toLocalTime().isBefore(closes)) {
            return new ServiceStatus(false, ServiceStatus.Reason.OUTSIDE_HOURS, null, nextOpening(time));
        }
        if (maintenance.stream().anyMatch(w -> w.covers(time))) {
            return new ServiceStatus(false, ServiceStatus.Reason.MAINTENANCE, null, nextOpening(time));
        }
        return ServiceStatus.opened();
    }

    /** The first moment after {@code time} at which the service is open. */
    ZonedDateTime nextOpening(LocalDateTime time) {
        LocalDateTime candidate = time;
        // Each round moves past a closed day, the closing time or a window: a few rounds in practice.
        for (int round = 0; round < 1000; round++) {
            LocalDate day = candidate.toLocalDate();
            if (!calendar.isBusinessDay(day) || !candidate.toLocalTime().isBefore(closes)) {
                candidate = calendar.nextBusinessDay(day).atTime(opens);
                continue;
            }
            if (candidate.toLocalTime().isBefore(opens)) {
                candidate = day.atTime(opens);
                continue;
            }
            LocalDateTime at = candidate;
            Optional<Window> window = maintenance.stream().filter(w -> w.covers(at)).findFirst();
            if (window.isPresent()) {
                candidate = window.get().end();
                continue;
            }
            return candidate.atZone(zone);
        }
        throw new IllegalStateException("No opening time found after " + time);
    }

    public LocalTime opens() {
        return opens;
    }

    public LocalTime closes() {
        return closes;
    }
}
