package jp.kojo.account.control;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.kojo.account.boundary.PasswordRule;

/**
 * ログインパスワードのルール: 10 to 32 characters of letters, digits and symbols, at least one letter and one
 * digit, not containing the login id, not one of the last five; changed at least once a year (a reminder only).
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 32;
    /** How many passwords (the current one included) a new one must differ from. */
    public static final int HISTORY_SIZE = 5;
    /** After this many days the user is reminded to change the password; it is not locked. */
    public static final int REMINDER_DAYS = 365;

    private PasswordPolicy() {
    }

    /** The rules of form a new password breaks, in the order of {@link PasswordRule}; empty when it is fine. */
    public static List<PasswordRule> checkForm(String loginId, char[] password, char[] confirmation) {
        List<PasswordRule> broken = new ArrayList<>();
        String candidate = new String(password);
        if (candidate.length() < MIN_LENGTH || candidate.length() > MAX_LENGTH) {
            broken.add(PasswordRule.LENGTH);
        }
        if (!hasLetterAndDigit(candidate)) {
            broken.add(PasswordRule.LETTER_AND_DIGIT);
        }
        if (!candidate.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            broken.add(PasswordRule.ALLOWED_CHARACTERS);
        }
        if (loginId != null && !loginId.isBlank()
                && candidate.toLowerCase(Locale.ROOT).contains(loginId.strip().toLowerCase(Locale.ROOT))) {
            broken.add(PasswordRule.CONTAINS_LOGIN_ID);
        }
        if (!candidate.equals(new String(confirmation))) {
            broken.add(PasswordRule.CONFIRMATION_MISMATCH);
        }
        return broken;
    }

    /** Whether the password matches one of the given hashes (the current and the recent ones). */
    public static boolean recentlyUsed(char[] password, List<String> recentHashes) {
        boolean used = false;
        for (String hash : recentHashes) {
            // No early exit: the answer takes as long whichever of the hashes matched.
            used |= PasswordHasher.verify(password, hash);
        }
        return used;
    }

    /** Whether the yearly change is due: the password is older than {@value #REMINDER_DAYS} days. */
    public static boolean changeReminderDue(LocalDateTime changedAt, LocalDateTime now) {
        return changedAt == null || changedAt.plusDays(REMINDER_DAYS).isBefore(now);
    }

    private static boolean hasLetterAndDigit(String candidate) {
        boolean letter = candidate.chars().anyMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
        boolean digit = candidate.chars().anyMatch(c -> c >= '0' && c <= '9');
        return letter && digit;
    }
}
