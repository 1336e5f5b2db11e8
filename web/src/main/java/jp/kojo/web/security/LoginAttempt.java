package jp.kojo.web.security;

import jakarta.enterprise.context.RequestScoped;
import jp.kojo.account.boundary.LoginOutcome;

/**
 * The outcome of this request's login attempt, for the page that answers it: the identity store can only say
 * valid or not, but a user whose factors were right outside the service hours must see the closed page.
 */
@RequestScoped
public class LoginAttempt {
    private LoginOutcome outcome;

    public LoginOutcome outcome() {
        return outcome;
    }

    void setOutcome(LoginOutcome outcome) {
        this.outcome = outcome;
    }

    public boolean refusedAsClosed() {
        return outcome == LoginOutcome.SERVICE_CLOSED;
    }
}
