package jp.kojo.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.kojo.account.boundary.UserChange;
import org.junit.jupiter.api.Test;

class UserFormRuleTest {
    @Test
    void aGoodFormPasses() {
        assertNull(UserFormRule.check("tanaka.h", "田中 花子", "tanaka@example.co.jp"));
    }

    @Test
    void eachFieldIsNamedByItsRule() {
        assertEquals(UserChange.LOGIN_ID_INVALID, UserFormRule.check("abc", "田中", "t@example.jp"));
        assertEquals(UserChange.LOGIN_ID_INVALID, UserFormRule.check("田中はなこさん", "田中", "t@example.jp"));
        assertEquals(UserChange.LOGIN_ID_INVALID, UserFormRule.check("a".repeat(33), "田中", "t@example.jp"));
        assertEquals(UserChange.NAME_MISSING, UserFormRule.check("tanaka.h", " ", "t@example.jp"));
        assertEquals(UserChange.EMAIL_INVALID, UserFormRule.check("tanaka.h", "田中", "tanaka"));
        assertEquals(UserChange.EMAIL_INVALID, UserFormRule.check("tanaka.h", "田中", "t@localhost"));
    }

    @Test
    void temporaryPasswordsKeepThePasswordRules() {
        for (int i = 0; i < 200; i++) {
            String password = TemporaryPasswords.generate();
            List<?> broken = PasswordPolicy.checkForm("someone", password.toCharArray(), password.toCharArray());
            assertTrue(broken.isEmpty(), password + " breaks " + broken);
            assertTrue(password.chars().noneMatch(c -> "0O1lI".indexOf(c) >= 0), password);
        }
    }
}
