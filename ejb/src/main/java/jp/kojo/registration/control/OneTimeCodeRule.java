package jp.kojo.registration.control;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * 本人認証コード: six digits mailed to the user, good for {@link #VALIDITY} and {@value #MAX_TRIES} tries;
 * after that only a new code helps.
 */
public final class OneTimeCodeRule {
    public static final Duration VALIDITY = Duration.ofMinutes(10);
    public static final int MAX_TRIES = 5;
    public static final int DIGITS = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    public enum Decision {
        ACCEPT, WRONG_CODE, NONE, USED, EXHAUSTED, EXPIRED
    }

    /** The user's live code as the rule needs it. */
    public record State(LocalDateTime expiresAt, int failedAttempts, LocalDateTime usedAt) {
    }

    private OneTimeCodeRule() {
    }

    public static String newCode() {
        return String.format("%0" + DIGITS + "d", RANDOM.nextInt(1_000_000));
    }

    public static LocalDateTime expiresAt(LocalDateTime sentAt) {
        return sentAt.plus(VALIDITY);
    }

    /** @param live the newest code not superseded, null without one */
    public static Decision decide(State live, boolean codeMatches, LocalDateTime now) {
        if (live == null) {
            return Decision.NONE;
        }
        if (live.usedAt() != null) {
            return Decision.USED;
        }
        if (live.failedAttempts() >= MAX_TRIES) {
            return Decision.EXHAUSTED;
        }
        if (!now.isBefore(live.expiresAt())) {
            return Decision.EXPIRED;
        }
        return codeMatches ? Decision.ACCEPT : Decision.WRONG_CODE;
    }

    /** Only digits, as many as a code has: anything else is not worth a hash verification. */
    public static boolean wellFormed(String code) {
        return code != null && code.strip().matches("[0-9]{" + DIGITS + "}");
    }
}
