package jp.kojo.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.kojo.account.boundary.LoginEntry;
import jp.kojo.account.boundary.LoginOutcome;
import org.junit.jupiter.api.Test;

class LoginHistoryRulesTest {
    private static final LocalDateTime T = LocalDateTime.of(2026, 12, 1, 9, 0);

    private static LoginEntry entry(int minute, LoginOutcome outcome) {
        return new LoginEntry(T.plusMinutes(minute), "10.0.0." + minute, outcome == LoginOutcome.SUCCESS, outcome);
    }

    @Test
    void thePreviousLoginIsTheAttemptBeforeTheCurrentOneWhateverItsResult() {
        List<LoginEntry> newestFirst = List.of(entry(9, LoginOutcome.SUCCESS), entry(8, LoginOutcome.WRONG_PASSWORD),
                entry(7, LoginOutcome.SUCCESS));
        assertEquals(entry(8, LoginOutcome.WRONG_PASSWORD), LoginHistoryRules.previousLogin(newestFirst).orElseThrow());
    }

    @Test
    void attemptsAfterTheCurrentLoginDoNotHideThePreviousOne() {
        List<LoginEntry> newestFirst = List.of(entry(10, LoginOutcome.WRONG_PASSWORD), entry(9, LoginOutcome.SUCCESS),
                entry(7, LoginOutcome.SUCCESS));
        assertEquals(entry(7, LoginOutcome.SUCCESS), LoginHistoryRules.previousLogin(newestFirst).orElseThrow());
    }

    @Test
    void theFirstLoginEverHasNoPreviousOne() {
        assertTrue(LoginHistoryRules.previousLogin(List.of(entry(9, LoginOutcome.SUCCESS))).isEmpty());
        assertTrue(LoginHistoryRules.previousLogin(List.of()).isEmpty());
    }

    @Test
    void failedAttemptsSinceTheLastLoginStopAtTheSuccessBeforeTheCurrentOne() {
        List<LoginEntry> newestFirst = List.of(entry(12, LoginOutcome.CERTIFICATE_UNKNOWN),
                entry(11, LoginOutcome.SUCCESS), entry(10, LoginOutcome.WRONG_PASSWORD),
                entry(9, LoginOutcome.SERVICE_CLOSED), entry(8, LoginOutcome.WRONG_PASSWORD),
                entry(7, LoginOutcome.SUCCESS), entry(6, LoginOutcome.WRONG_PASSWORD));
        assertEquals(List.of(entry(12, LoginOutcome.CERTIFICATE_UNKNOWN), entry(10, LoginOutcome.WRONG_PASSWORD),
                        entry(9, LoginOutcome.SERVICE_CLOSED), entry(8, LoginOutcome.WRONG_PASSWORD)),
                LoginHistoryRules.failedSinceLastLogin(newestFirst));
    }

    @Test
    void theHistoryListsTheLatestTwenty() {
        List<LoginEntry> many = new ArrayList<>();
        for (int i = 30; i > 0; i--) {
            many.add(entry(i, LoginOutcome.SUCCESS));
        }
        List<LoginEntry> latest = LoginHistoryRules.latest(many);
        assertEquals(20, latest.size());
        assertEquals(entry(30, LoginOutcome.SUCCESS), latest.get(0));
    }

    @Test
    void theUserIsToldFailedButNotWhichFactorFailed() {
        assertEquals("FAILED", entry(1, LoginOutcome.WRONG_PASSWORD).result());
        assertEquals("FAILED", entry(1, LoginOutcome.CERTIFICATE_OF_ANOTHER_USER).result());
        assertEquals("LOCKED", entry(1, LoginOutcome.LOCKED).result());
        assertEquals("SUCCESS", entry(1, LoginOutcome.SUCCESS).result());
    }
}
