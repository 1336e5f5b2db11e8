package jp.kojo.registration.boundary;

import java.time.LocalDateTime;

/** The outcome, and for a registered one the organisation and until when the password is good. */
public record InitialPasswordResult(InitialPasswordOutcome outcome, String contractNumber, String organizationName,
                                    LocalDateTime expiresAt) {
    static InitialPasswordResult refused(InitialPasswordOutcome outcome) {
        return new InitialPasswordResult(outcome, null, null, null);
    }
}
