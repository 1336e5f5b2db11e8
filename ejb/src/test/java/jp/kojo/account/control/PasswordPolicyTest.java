package jp.kojo.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import jp.kojo.account.boundary.PasswordRule;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    private static List<PasswordRule> check(String password) {
        return PasswordPolicy.checkForm("union01", password.toCharArray(), password.toCharArray());
    }

    @Test
    void aPasswordOfLettersDigitsAndSymbolsKeepsEveryRule() {
        assertEquals(List.of(), check("Sakura-2027!"));
        assertEquals(List.of(), check("abcdefghi1"), "ten characters are enough");
        assertEquals(List.of(), check("a1" + "x".repeat(30)), "32 characters are allowed");
    }

    @Test
    void tooShortOrTooLongBreaksTheLengthRule() {
        assertEquals(List.of(PasswordRule.LENGTH), check("abcdefgh1"));
        assertEquals(List.of(PasswordRule.LENGTH), check("a1" + "x".repeat(31)));
    }

    @Test
    void lettersOnlyOrDigitsOnlyBreakTheLetterAndDigitRule() {
        assertEquals(List.of(PasswordRule.LETTER_AND_DIGIT), check("onlyletters-here"));
        assertEquals(List.of(PasswordRule.LETTER_AND_DIGIT), check("1234567890123"));
        assertEquals(List.of(PasswordRule.LETTER_AND_DIGIT), check("!!##%%&&**11"));
    }

    @Test
    void spacesAndFullWidthCharactersAreNotAllowed() {
        assertEquals(List.of(PasswordRule.ALLOWED_CHARACTERS), check("sakura 2027x"));
        assertEquals(List.of(PasswordRule.ALLOWED_CHARACTERS), check("さくらsakura2027"));
        assertEquals(List.of(PasswordRule.ALLOWED_CHARACTERS), check("ｓａｋｕｒａ2027ab"));
    }

    @Test
    void theLoginIdMustNotBeInThePasswordWhateverTheCase() {
        assertEquals(List.of(PasswordRule.CONTAINS_LOGIN_ID), check("my-UNION01-pass"));
        assertEquals(List.of(), check("my-union02-pass"));
    }

    @Test
    void theConfirmationMustMatch() {
        assertEquals(List.of(PasswordRule.CONFIRMATION_MISMATCH),
                PasswordPolicy.checkForm("union01", "Sakura-2027!".toCharArray(), "Sakura-2028!".toCharArray()));
    }

    @Test
    void everyBrokenRuleIsReportedInOrder() {
        assertEquals(List.of(PasswordRule.LENGTH, PasswordRule.LETTER_AND_DIGIT, PasswordRule.ALLOWED_CHARACTERS,
                        PasswordRule.CONTAINS_LOGIN_ID, PasswordRule.CONFIRMATION_MISMATCH),
                PasswordPolicy.checkForm("abc", "abc ".toCharArray(), "x".toCharArray()));
    }

    @Test
    void aPasswordAmongTheRecentHashesIsRecognisedAndOthersAreNot() {
        List<String> recent = List.of(PasswordHasher.hash("Old-pass-0001".toCharArray()),
                PasswordHasher.hash("Old-pass-0002".toCharArray()));
        assertTrue(PasswordPolicy.recentlyUsed("Old-pass-0002".toCharArray(), recent));
        assertFalse(PasswordPolicy.recentlyUsed("New-pass-0003".toCharArray(), recent));
    }

    @Test
    void theYearlyReminderIsDueAfter365Days() {
        LocalDateTime changed = LocalDateTime.of(2025, 12, 1, 9, 0);
        assertFalse(PasswordPolicy.changeReminderDue(changed, changed.plusDays(365)));
        assertTrue(PasswordPolicy.changeReminderDue(changed, changed.plusDays(365).plusMinutes(1)));
    }
}
