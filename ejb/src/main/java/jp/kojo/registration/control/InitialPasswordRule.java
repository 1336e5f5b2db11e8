package jp.kojo.registration.control;

import java.time.LocalDateTime;

/**
 * 初期パスワードのルール: it is good for {@value #VALIDITY_DAYS} days and one registration; {@value #LOCK_LIMIT}
 * wrong tries lock the contract's registration until the bank registers a new initial password.
 */
public final class InitialPasswordRule {
    public static final int VALIDITY_DAYS = 30;
    public static final int LOCK_LIMIT = 5;
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 32;

    /** What a try with an initial password comes to; every one but ACCEPT answers the same to the caller. */
    public enum Decision {
        ACCEPT, WRONG_PASSWORD, NONE, LOCKED, USED, EXPIRED, MASTER_EXISTS;

        /** Only a wrong password counts towards the lockout; the others say nothing about a guess. */
        public boolean counts() {
            return this == WRONG_PASSWORD;
        }
    }

    /** The live initial password of a contract as the rule needs it. */
    public record State(LocalDateTime expiresAt, LocalDateTime lockedAt, LocalDateTime usedAt) {
    }

    private InitialPasswordRule() {
    }

    public static LocalDateTime expiresAt(LocalDateTime registeredAt) {
        return registeredAt.plusDays(VALIDITY_DAYS);
    }

    /**
     * @param live            the contract's live initial password, null when it has none (or the contract is unknown)
     * @param passwordMatches whether the typed password matches the live one's hash
     * @param masterExists    whether the contract already has a master user
     */
    public static Decision decide(State live, boolean passwordMatches, boolean masterExists, LocalDateTime now) {
        if (live == null) {
            return Decision.NONE;
        }
        if (live.lockedAt() != null) {
            return Decision.LOCKED;
        }
        if (live.usedAt() != null) {
            return Decision.USED;
        }
        if (!passwordMatches) {
            return Decision.WRONG_PASSWORD;
        }
        if (!now.isBefore(live.expiresAt())) {
            return Decision.EXPIRED;
        }
        return masterExists ? Decision.MASTER_EXISTS : Decision.ACCEPT;
    }

    /** Whether the contract is locked once this many wrong tries are counted. */
    public static boolean locksAt(int failedAttempts) {
        return failedAttempts >= LOCK_LIMIT;
    }

    /** What the bank may register as an initial password: 8 to 32 printable ASCII characters. */
    public static boolean acceptableForm(char[] password) {
        if (password == null || password.length < MIN_LENGTH || password.length > MAX_LENGTH) {
            return false;
        }
        for (char c : password) {
            if (c < 0x21 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
