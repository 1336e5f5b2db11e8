package jp.kojo.registration.control;

import java.util.regex.Pattern;

/** The form of what a new user chooses at registration: login id, name, mail address. */
public final class RegistrationRules {
    /** 6 to 32 of letters, digits, dot, hyphen and underscore, starting with a letter or digit. */
    private static final Pattern LOGIN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{5,31}");
    /** A plain address: no spaces, one @, a dot in the domain; the mail itself proves it. */
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    public static final int MAX_EMAIL = 254;
    public static final int MAX_DISPLAY_NAME = 60;

    private RegistrationRules() {
    }

    public static boolean loginIdValid(String loginId) {
        return loginId != null && LOGIN_ID.matcher(loginId).matches();
    }

    public static boolean emailValid(String email) {
        return email != null && email.length() <= MAX_EMAIL && EMAIL.matcher(email).matches();
    }

    public static boolean displayNameValid(String name) {
        return name != null && !name.isBlank() && name.strip().length() <= MAX_DISPLAY_NAME;
    }

    /** t***@example.jp: enough for the user to recognise its address, little for someone looking over. */
    public static String masked(String email) {
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }
}
