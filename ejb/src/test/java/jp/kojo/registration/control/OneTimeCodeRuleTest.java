package jp.kojo.registration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import jp.kojo.registration.control.OneTimeCodeRule.Decision;
import jp.kojo.registration.control.OneTimeCodeRule.State;
import org.junit.jupiter.api.Test;

class OneTimeCodeRuleTest {
    private static final LocalDateTime SENT = LocalDateTime.of(2026, 12, 1, 10, 0);

    private static State tried(int failed) {
        return new State(OneTimeCodeRule.expiresAt(SENT), failed, null);
    }

    @Test
    void goodForTenMinutes() {
        assertEquals(Decision.ACCEPT, OneTimeCodeRule.decide(tried(0), true, SENT.plusMinutes(10).minusSeconds(1)));
        assertEquals(Decision.EXPIRED, OneTimeCodeRule.decide(tried(0), true, SENT.plusMinutes(10)));
    }

    @Test
    void fiveWrongTriesUseItUp() {
        assertEquals(Decision.WRONG_CODE, OneTimeCodeRule.decide(tried(4), false, SENT.plusMinutes(1)));
        assertEquals(Decision.ACCEPT, OneTimeCodeRule.decide(tried(4), true, SENT.plusMinutes(1)));
        assertEquals(Decision.EXHAUSTED, OneTimeCodeRule.decide(tried(5), true, SENT.plusMinutes(1)));
    }

    @Test
    void worksOnce() {
        State used = new State(OneTimeCodeRule.expiresAt(SENT), 0, SENT.plusMinutes(1));
        assertEquals(Decision.USED, OneTimeCodeRule.decide(used, true, SENT.plusMinutes(2)));
        assertEquals(Decision.NONE, OneTimeCodeRule.decide(null, true, SENT));
    }

    @Test
    void codesAreSixDigits() {
        for (int i = 0; i < 100; i++) {
            assertTrue(OneTimeCodeRule.wellFormed(OneTimeCodeRule.newCode()));
        }
        assertFalse(OneTimeCodeRule.wellFormed("12345"));
        assertFalse(OneTimeCodeRule.wellFormed("12345a"));
        assertFalse(OneTimeCodeRule.wellFormed(null));
    }

    @Test
    void theMailSaysTheCodeAndUntilWhenInJapanese() {
        String body = CodeMail.body("試験 太郎", "012345", SENT.plusMinutes(10));
        assertTrue(body.contains("本人認証コード: 012345"), body);
        assertTrue(body.contains("2026年12月1日 10時10分（10分間）"), body);
        assertTrue(body.startsWith("試験 太郎 様"), body);
    }
}
