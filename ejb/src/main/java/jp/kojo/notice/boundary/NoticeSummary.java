package jp.kojo.notice.boundary;

import java.time.LocalDateTime;

/** A notice as a list shows it: date and title. */
public record NoticeSummary(long id, LocalDateTime publishAt, String title, String audience) {
}
