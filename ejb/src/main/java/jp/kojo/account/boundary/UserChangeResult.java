package jp.kojo.account.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * The outcome of creating a user or resetting its password: on success the temporary password, shown to the
 * master this once and never stored in clear, and until when it works.
 */
public record UserChangeResult(UserChange outcome, String temporaryPassword, LocalDateTime temporaryPasswordExpiresAt) implements Serializable {
    public static UserChangeResult refused(UserChange outcome) {
        return new UserChangeResult(outcome, null, null);
    }

    public boolean done() {
        return outcome == UserChange.DONE;
    }
}
