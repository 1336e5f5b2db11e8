package jp.kojo.certificate.boundary;

import java.time.LocalDateTime;

/** A recorded revocation: whose certificate, when, by whom, why, and the paper request's reference. */
public record RevocationView(String loginId, String contractNumber, String serialHex, LocalDateTime revokedAt,
                             String revokedBy, String reason, String note, String reference) {
}
