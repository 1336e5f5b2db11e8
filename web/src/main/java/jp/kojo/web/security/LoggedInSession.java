package jp.kojo.web.security;

import java.io.Serializable;
import java.util.Set;

/**
 * What a session remembers of its login: who, with which roles, over which certificate, and whether its
 * temporary password must be changed before anything else.
 */
public record LoggedInSession(String loginId, Set<String> roles, String certificateSerial, boolean passwordMustChange)
        implements Serializable {
    public static final String ATTRIBUTE = LoggedInSession.class.getName();

    public LoggedInSession passwordChanged() {
        return new LoggedInSession(loginId, roles, certificateSerial, false);
    }
}
