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
    private boolean passwordMustChange;

    public LoginOutcome outcome() {
        return outcome;
    }

    void setOutcome(LoginOutcome outcome) {
        this.outcome = outcome;
    }

    /** Whether the user who just logged in holds a temporary password it must change first. */
    public boolean passwordMustChange() {
        return passwordMustChange;
    }

    void setPasswordMustChange(boolean passwordMustChange) {
        this.passwordMustChange = passwordMustChange;
    }

    /** Both factors were right but the master's temporary password is past its 7 days: worth telling. */
    public boolean refusedAsTemporaryPasswordExpired() {
        return outcome == LoginOutcome.TEMPORARY_PASSWORD_EXPIRED;
    }

    public boolean refusedAsClosed() {
        return outcome == LoginOutcome.SERVICE_CLOSED;
    }
}
