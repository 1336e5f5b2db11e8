package jp.kojo.registration.boundary;

import java.time.LocalDateTime;

/** A mailed code: to which (masked) address and until when it is good. */
public record CodeSent(CodeOutcome outcome, String maskedAddress, LocalDateTime expiresAt) {
}
