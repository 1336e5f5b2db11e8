package jp.kojo.web.security;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a login lasts: 15 minutes without a request (the servlet session timeout, web.xml), and 8 hours in
 * all however active the user is, after which the next request asks for a new login.
 */
public final class SessionLimits {
    public static final Duration IDLE = Duration.ofMinutes(15);
    /** The pages warn this long before the idle timeout. */
    public static final Duration WARNING = Duration.ofMinutes(1);
    public static final Duration ABSOLUTE = Duration.ofHours(8);

    private SessionLimits() {
    }

    /** True once the absolute limit has passed since the login (a login without a time counts as expired). */
    public static boolean beyondAbsoluteLimit(Instant loggedInAt, Instant now) {
        return loggedInAt == null || !now.isBefore(loggedInAt.plus(ABSOLUTE));
    }
}
