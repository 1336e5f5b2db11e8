package jp.kojo.audit.boundary;

import java.time.LocalDateTime;

/** One audit record as the search lists it. */
public record AuditEventView(long id, LocalDateTime occurredAt, String actorLoginId, String actorRole, String action,
                             String contractNumber, String targetLoginId, Long targetCycleId, Long targetNoticeId,
                             String reason, String reference, String details) {
}
