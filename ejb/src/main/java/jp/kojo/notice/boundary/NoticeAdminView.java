package jp.kojo.notice.boundary;

import java.time.LocalDateTime;

/** A notice in the bank's list, with whether it is shown now. */
public record NoticeAdminView(long id, String title, String audience, String service, LocalDateTime publishAt,
                              LocalDateTime withdrawAt, String state, String createdBy, String changedBy,
                              LocalDateTime changedAt) {
}
