package jp.kojo.notice.boundary;

import java.time.LocalDateTime;

/** One notice as its own page shows it; the body is plain text. */
public record NoticeView(long id, LocalDateTime publishAt, String title, String body, String audience) {
}
