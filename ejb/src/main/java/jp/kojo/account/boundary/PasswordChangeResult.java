package jp.kojo.account.boundary;

import java.util.List;

/** The answer to a password change: changed, or the rules it broke. */
public record PasswordChangeResult(List<PasswordRule> broken) {
    public boolean changed() {
        return broken.isEmpty();
    }
}
