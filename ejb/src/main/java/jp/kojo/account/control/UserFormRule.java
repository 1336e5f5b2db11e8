package jp.kojo.account.control;

import java.util.regex.Pattern;
import jp.kojo.account.boundary.UserChange;

/** The fields of a new user: login id, name and mail address. */
public final class UserFormRule {
    /** Half-width letters, digits and . _ - ; 6 to 32 characters. */
    private static final Pattern LOGIN_ID = Pattern.compile("[A-Za-z0-9._-]{6,32}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    static final int MAX_NAME = 60;
    static final int MAX_EMAIL = 254;

    private UserFormRule() {
    }

    /** The first field that breaks its rule, or null. */
    public static UserChange check(String loginId, String displayName, String email) {
        if (loginId == null || !LOGIN_ID.matcher(loginId).matches()) {
            return UserChange.LOGIN_ID_INVALID;
        }
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > MAX_NAME) {
            return UserChange.NAME_MISSING;
        }
        if (email == null || email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            return UserChange.EMAIL_INVALID;
        }
        return null;
    }
}
