package jp.kojo.registration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import jp.kojo.registration.control.InitialPasswordRule.Decision;
import jp.kojo.registration.control.InitialPasswordRule.State;
import org.junit.jupiter.api.Test;

class InitialPasswordRuleTest {
    private static final LocalDateTime REGISTERED = LocalDateTime.of(2026, 12, 1, 10, 0);
    private static final State LIVE = new State(InitialPasswordRule.expiresAt(REGISTERED), null, null);

    @Test
    void goodForThirtyDaysToTheMinute() {
        assertEquals(Decision.ACCEPT, InitialPasswordRule.decide(LIVE, true, false, REGISTERED.plusDays(30).minusSeconds(1)));
        assertEquals(Decision.EXPIRED, InitialPasswordRule.decide(LIVE, true, false, REGISTERED.plusDays(30)));
    }

    @Test
    void worksOnce() {
        State used = new State(LIVE.expiresAt(), null, REGISTERED.plusDays(1));
        assertEquals(Decision.USED, InitialPasswordRule.decide(used, true, false, REGISTERED.plusDays(2)));
    }

    @Test
    void aLockedContractRefusesEvenTheRightPassword() {
        State locked = new State(LIVE.expiresAt(), REGISTERED.plusHours(1), null);
        assertEquals(Decision.LOCKED, InitialPasswordRule.decide(locked, true, false, REGISTERED.plusHours(2)));
    }

    @Test
    void onlyAWrongPasswordCountsTowardsTheLockout() {
        assertEquals(Decision.WRONG_PASSWORD, InitialPasswordRule.decide(LIVE, false, false, REGISTERED));
        assertTrue(Decision.WRONG_PASSWORD.counts());
        for (Decision other : Decision.values()) {
            if (other != Decision.WRONG_PASSWORD) {
                assertFalse(other.counts(), other.name());
            }
        }
    }

    @Test
    void theContractLocksAtTheFifthWrongTry() {
        assertFalse(InitialPasswordRule.locksAt(4));
        assertTrue(InitialPasswordRule.locksAt(5));
    }

    @Test
    void aContractWithAMasterAndOneWithoutAPasswordAreRefused() {
        assertEquals(Decision.MASTER_EXISTS, InitialPasswordRule.decide(LIVE, true, true, REGISTERED));
        assertEquals(Decision.NONE, InitialPasswordRule.decide(null, true, false, REGISTERED));
    }

    @Test
    void theBankRegistersEightToThirtyTwoPrintableCharacters() {
        assertFalse(InitialPasswordRule.acceptableForm("Abc1234".toCharArray()));
        assertTrue(InitialPasswordRule.acceptableForm("Abc12345".toCharArray()));
        assertFalse(InitialPasswordRule.acceptableForm("Abc 12345".toCharArray()));
        assertFalse(InitialPasswordRule.acceptableForm("a".repeat(33).toCharArray()));
    }
}
