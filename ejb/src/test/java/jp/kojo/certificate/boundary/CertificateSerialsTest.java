package jp.kojo.certificate.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

class CertificateSerialsTest {

    @Test
    void bigIntegerBecomesLowerCaseHexWithoutLeadingZeros() {
        assertEquals("a1b2", CertificateSerials.normalise(new BigInteger("a1b2", 16)));
        assertEquals("0", CertificateSerials.normalise(BigInteger.ZERO));
        assertEquals("ff00000000000000000000000000000001",
                CertificateSerials.normalise(new BigInteger("00FF00000000000000000000000000000001", 16)));
    }

    @Test
    void hexSpellingsAgree() {
        String canonical = "ab01";
        assertEquals(canonical, CertificateSerials.normalise("ab01"));
        assertEquals(canonical, CertificateSerials.normalise("AB01"));
        assertEquals(canonical, CertificateSerials.normalise("0000AB01"));
        assertEquals(canonical, CertificateSerials.normalise("00:ab:01"));
        assertEquals(canonical, CertificateSerials.normalise("00:AB:01"));
        assertEquals(canonical, CertificateSerials.normalise(" 0xAB01 "));
        assertEquals("0", CertificateSerials.normalise("00:00"));
    }

    @Test
    void bothFormsMatch() {
        BigInteger serial = new BigInteger("0a0b0c0d0e0f", 16);
        assertEquals(CertificateSerials.normalise(serial), CertificateSerials.normalise("0A:0B:0C:0D:0E:0F"));
    }

    @Test
    void rejectsGarbage() {
        assertThrows(IllegalArgumentException.class, () -> CertificateSerials.normalise("xyz"));
        assertThrows(IllegalArgumentException.class, () -> CertificateSerials.normalise(""));
        assertThrows(IllegalArgumentException.class, () -> CertificateSerials.normalise(":"));
        assertThrows(IllegalArgumentException.class, () -> CertificateSerials.normalise("-12"));
        assertThrows(IllegalArgumentException.class, () -> CertificateSerials.normalise((String) null));
        assertThrows(IllegalArgumentException.class, () -> CertificateSerials.normalise(BigInteger.valueOf(-1)));
    }
}
