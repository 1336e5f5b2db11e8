package jp.kojo.registration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RegistrationRulesTest {

    @Test
    void loginIdsAreSixToThirtyTwoPlainCharacters() {
        assertTrue(RegistrationRules.loginIdValid("union01"));
        assertTrue(RegistrationRules.loginIdValid("a.b-c_d"));
        assertFalse(RegistrationRules.loginIdValid("abc12"), "too short");
        assertFalse(RegistrationRules.loginIdValid("a".repeat(33)), "too long");
        assertFalse(RegistrationRules.loginIdValid("-abcdef"), "starts with a symbol");
        assertFalse(RegistrationRules.loginIdValid("ユーザー0001"), "not ASCII: it becomes the certificate's CN");
        assertFalse(RegistrationRules.loginIdValid("abc def"));
    }

    @Test
    void mailAddressesArePlain() {
        assertTrue(RegistrationRules.emailValid("taro.yamada+kojo@example.co.jp"));
        assertFalse(RegistrationRules.emailValid("taro@localhost"));
        assertFalse(RegistrationRules.emailValid("taro yamada@example.jp"));
        assertFalse(RegistrationRules.emailValid("taro@example.jp\r\nBcc: x@example.jp"), "no header injection");
    }

    @Test
    void theScreenShowsTheAddressMasked() {
        assertEquals("t***@example.jp", RegistrationRules.masked("taro@example.jp"));
    }
}
