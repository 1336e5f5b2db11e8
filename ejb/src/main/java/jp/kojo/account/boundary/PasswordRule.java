package jp.kojo.account.boundary;

/**
 * Why a password change was refused, one code a rule; the screens name the rule from the message bundle
 * ({@code password.rule.<CODE>}).
 */
public enum PasswordRule {
    /** 10 to 32 characters. */
    LENGTH,
    /** At least one letter and one digit. */
    LETTER_AND_DIGIT,
    /** Letters, digits and symbols of ASCII only: no spaces, no full-width characters. */
    ALLOWED_CHARACTERS,
    /** Must not contain the login id. */
    CONTAINS_LOGIN_ID,
    /** Must not be one of the last five passwords, the current one included. */
    RECENTLY_USED,
    /** The new password and its confirmation differ. */
    CONFIRMATION_MISMATCH,
    /** The current password given with the change is wrong. */
    CURRENT_PASSWORD_WRONG
}
