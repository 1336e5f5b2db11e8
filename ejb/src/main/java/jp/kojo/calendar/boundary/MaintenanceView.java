package jp.kojo.calendar.boundary;

import java.time.LocalDateTime;

/** A maintenance window as the bank set it (Tokyo time). */
public record MaintenanceView(long id, LocalDateTime startsAt, LocalDateTime endsAt, String reason, String createdBy) {
}
