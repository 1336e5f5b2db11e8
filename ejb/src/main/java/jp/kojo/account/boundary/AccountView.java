package jp.kojo.account.boundary;

import java.time.LocalDateTime;

/** A user as the one who may unlock it sees it: who, which kind, and whether it is locked. */
public record AccountView(String loginId, String displayName, String role, boolean locked, LocalDateTime lockedAt,
                          int failedAttempts) {
}
