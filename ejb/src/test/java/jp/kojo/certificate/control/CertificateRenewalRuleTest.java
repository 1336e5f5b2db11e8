package jp.kojo.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CertificateRenewalRuleTest {
    private static final LocalDateTime EXPIRY = LocalDateTime.of(2027, 3, 31, 14, 0);

    @Test
    void renewalOpensOnTheThirtiethDayBeforeTheExpiryDate() {
        assertEquals(LocalDate.of(2027, 3, 1), CertificateRenewalRule.opensOn(EXPIRY));
        assertFalse(CertificateRenewalRule.renewable(EXPIRY, LocalDateTime.of(2027, 2, 28, 23, 59)));
        assertTrue(CertificateRenewalRule.renewable(EXPIRY, LocalDateTime.of(2027, 3, 1, 0, 0)));
        assertTrue(CertificateRenewalRule.renewable(EXPIRY, EXPIRY.minusMinutes(1)));
    }

    @Test
    void anExpiredCertificateIsNotRenewedButIssuedAnew() {
        assertFalse(CertificateRenewalRule.renewable(EXPIRY, EXPIRY));
    }

    @Test
    void nothingIsDueBeforeThirtyDays() {
        assertEquals(OptionalInt.empty(), CertificateRenewalRule.reminderDue(EXPIRY, LocalDateTime.of(2027, 2, 28, 7, 0)));
    }

    @Test
    void theThirtyDayReminderIsDueUntilTheTenDayOneTakesOver() {
        assertEquals(OptionalInt.of(30), CertificateRenewalRule.reminderDue(EXPIRY, LocalDateTime.of(2027, 3, 1, 7, 0)));
        assertEquals(OptionalInt.of(30), CertificateRenewalRule.reminderDue(EXPIRY, LocalDateTime.of(2027, 3, 20, 23, 59)));
        assertEquals(OptionalInt.of(10), CertificateRenewalRule.reminderDue(EXPIRY, LocalDateTime.of(2027, 3, 21, 0, 0)));
    }

    @Test
    void theTenDayReminderIsDueUntilExpiryAndNothingAfter() {
        assertEquals(OptionalInt.of(10), CertificateRenewalRule.reminderDue(EXPIRY, EXPIRY.minusMinutes(1)));
        assertEquals(OptionalInt.empty(), CertificateRenewalRule.reminderDue(EXPIRY, EXPIRY));
    }
}
