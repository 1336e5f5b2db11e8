package jp.kojo.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionLimitsTest {
    private static final Instant LOGIN = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void aLoginLastsEightHoursWhateverTheActivity() {
        assertFalse(SessionLimits.beyondAbsoluteLimit(LOGIN, LOGIN));
        assertFalse(SessionLimits.beyondAbsoluteLimit(LOGIN, LOGIN.plus(Duration.ofHours(8)).minusSeconds(1)));
        assertTrue(SessionLimits.beyondAbsoluteLimit(LOGIN, LOGIN.plus(Duration.ofHours(8))));
        assertTrue(SessionLimits.beyondAbsoluteLimit(LOGIN, LOGIN.plus(Duration.ofDays(3))));
    }

    @Test
    void aSessionWithoutALoginTimeIsNotTrusted() {
        assertTrue(SessionLimits.beyondAbsoluteLimit(null, LOGIN));
    }

    @Test
    void theWarningComesAMinuteBeforeTheFifteenMinuteIdleTimeout() {
        assertEquals(Duration.ofMinutes(15), SessionLimits.IDLE);
        assertEquals(Duration.ofMinutes(14), SessionLimits.IDLE.minus(SessionLimits.WARNING));
    }
}
