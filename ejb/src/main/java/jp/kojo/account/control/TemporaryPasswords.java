package jp.kojo.account.control;

import java.security.SecureRandom;
import java.time.Duration;

/**
 * Temporary passwords the master hands to a user: random, within the password rules (letters and digits, no
 * symbols to misread on the phone, no 0/O or 1/l/I), valid for 7 days and only to choose a new password.
 */
public final class TemporaryPasswords {
    public static final Duration VALIDITY = Duration.ofDays(7);
    static final int LENGTH = 12;
    private static final String LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    public static String generate() {
        char[] chars = new char[LENGTH];
        String all = LETTERS + DIGITS;
        for (int i = 0; i < LENGTH; i++) {
            chars[i] = all.charAt(RANDOM.nextInt(all.length()));
        }
        // At least one letter and one digit, wherever they fall.
        chars[RANDOM.nextInt(LENGTH / 2)] = LETTERS.charAt(RANDOM.nextInt(LETTERS.length()));
        chars[LENGTH / 2 + RANDOM.nextInt(LENGTH / 2)] = DIGITS.charAt(RANDOM.nextInt(DIGITS.length()));
        return new String(chars);
    }
}
