package jp.kojo.web.security;

import java.io.Serializable;
import java.util.Set;

/** What a session remembers of its login: who, with which roles, over which certificate. */
public record LoggedInSession(String loginId, Set<String> roles, String certificateSerial) implements Serializable {
    public static final String ATTRIBUTE = LoggedInSession.class.getName();
}
