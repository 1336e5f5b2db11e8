package jp.kojo.notice.boundary;

import java.time.LocalDateTime;

/**
 * A notice as the bank edits it: id null for a new one; audience PUBLIC, ORGANIZATIONS, MEMBERS, EMPLOYERS or
 * SERVICE (then the service's name, e.g. ZAIKEI); shown from publishAt until withdrawAt (none: until withdrawn).
 */
public record NoticeForm(Long id, String title, String body, String audience, String service, LocalDateTime publishAt,
                         LocalDateTime withdrawAt) {
}
