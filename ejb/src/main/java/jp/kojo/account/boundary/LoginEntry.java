package jp.kojo.account.boundary;

import java.time.LocalDateTime;

/** One login attempt as its user sees it in the history: when, from where, and how it ended. */
public record LoginEntry(LocalDateTime at, String remoteAddress, boolean succeeded, LoginOutcome outcome) {
    /**
     * What the user is told of the outcome: success, closed hours, locked, or failed. The reason of a failure
     * (password or certificate) is not told apart, as at the login itself.
     */
    public String result() {
        return switch (outcome) {
            case SUCCESS, SERVICE_CLOSED, LOCKED -> outcome.name();
            default -> "FAILED";
        };
    }
}
