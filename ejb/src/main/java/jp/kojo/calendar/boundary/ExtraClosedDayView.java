package jp.kojo.calendar.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** An extra closed day as the bank set it: who, when and why. */
public record ExtraClosedDayView(LocalDate date, String name, String reason, String createdBy, LocalDateTime createdAt) {
}
