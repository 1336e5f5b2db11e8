package jp.kojo.registration.boundary;

import java.time.LocalDateTime;

/**
 * One registered initial password as the bank's list shows it (never the password): state is LIVE, USED,
 * LOCKED, EXPIRED or SUPERSEDED.
 */
public record InitialPasswordView(String contractNumber, String organizationName, String reference,
                                  String registeredBy, LocalDateTime registeredAt, LocalDateTime expiresAt,
                                  int failedAttempts, String state) {
}
