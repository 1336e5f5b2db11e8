package jp.kojo.account.boundary;

import java.util.Optional;

/** The answer to a login attempt: the user when it succeeded, the outcome always. */
public record LoginResult(LoginOutcome outcome, Optional<AuthenticatedUser> user) {
    static LoginResult failed(LoginOutcome outcome) {
        return new LoginResult(outcome, Optional.empty());
    }

    public boolean succeeded() {
        return outcome == LoginOutcome.SUCCESS;
    }
}
