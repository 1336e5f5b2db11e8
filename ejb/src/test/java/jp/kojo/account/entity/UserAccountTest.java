package jp.kojo.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class UserAccountTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 30, 9, 0);

    @Test
    void theFifthFailureLocksAndASuccessBeforeItResetsTheCount() {
        UserAccount user = new UserAccount("bank01", null, UserRole.BANK_OPERATOR, "x", null, "h", NOW);
        for (int i = 0; i < 4; i++) {
            user.recordFailure(5, NOW);
        }
        assertFalse(user.isLocked());
        user.recordSuccess();
        assertEquals(0, user.getFailedAttempts());
        for (int i = 0; i < 5; i++) {
            user.recordFailure(5, NOW.plusMinutes(i));
        }
        assertTrue(user.isLocked());
        assertEquals(NOW.plusMinutes(4), user.getLockedAt());
    }

    @Test
    void unlockingStartsTheCountAgainAndAChosenPasswordIsNoLongerTemporary() {
        UserAccount user = new UserAccount("bank01", null, UserRole.BANK_OPERATOR, "x", null, "h", NOW);
        for (int i = 0; i < 5; i++) {
            user.recordFailure(5, NOW);
        }
        user.unlock();
        assertFalse(user.isLocked());
        assertEquals(0, user.getFailedAttempts());
        user.changePassword("h2", NOW.plusDays(1));
        assertFalse(user.isPasswordMustChange());
        assertEquals(NOW.plusDays(1), user.getPasswordChangedAt());
        assertEquals("h2", user.getPasswordHash());
    }

    @Test
    void organisationRolesNeedAnOrganisationAndBankRolesMustNotHaveOne() {
        assertThrows(IllegalArgumentException.class,
                () -> new UserAccount("u", null, UserRole.MASTER, "x", null, "h", NOW));
    }
}
