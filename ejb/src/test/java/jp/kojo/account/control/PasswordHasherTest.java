package jp.kojo.account.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    @Test
    void theRightPasswordVerifiesAndAWrongOneDoesNot() {
        String hash = PasswordHasher.hash("Kojo-Demo-2026".toCharArray());
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:" + PasswordHasher.ITERATIONS + ":"));
        assertTrue(PasswordHasher.verify("Kojo-Demo-2026".toCharArray(), hash));
        assertFalse(PasswordHasher.verify("kojo-demo-2026".toCharArray(), hash));
        assertFalse(PasswordHasher.verify("".toCharArray(), hash));
    }

    @Test
    void theSamePasswordGetsADifferentSaltEachTime() {
        assertNotEquals(PasswordHasher.hash("same".toCharArray()), PasswordHasher.hash("same".toCharArray()));
    }

    @Test
    void aStoredValueOfAnotherSchemeNeverVerifies() {
        assertFalse(PasswordHasher.verify("x".toCharArray(), "plain:x"));
        assertFalse(PasswordHasher.verifyAgainstDummy("not-a-password".toCharArray()));
    }
}
