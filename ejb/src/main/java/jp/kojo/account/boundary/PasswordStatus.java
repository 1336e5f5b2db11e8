package jp.kojo.account.boundary;

import java.time.LocalDateTime;

/** The caller's password: whether it must be changed now, when it was last changed, whether a change is due. */
public record PasswordStatus(boolean mustChange, LocalDateTime changedAt, boolean reminderDue) {
}
