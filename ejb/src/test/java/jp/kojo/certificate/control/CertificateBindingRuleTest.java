package jp.kojo.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import jp.kojo.account.boundary.CertificateStanding;
import org.junit.jupiter.api.Test;

class CertificateBindingRuleTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 10, 0);
    private static final String PRINT = "ab".repeat(32);

    private static CertificateBindingRule.Registered registered(String fingerprint, LocalDateTime revokedAt,
                                                                LocalDateTime notAfter) {
        return new CertificateBindingRule.Registered("user01", fingerprint, NOW.minusDays(10), notAfter, revokedAt);
    }

    @Test
    void theRegisteredCertificateOfTheUserIsValid() {
        assertEquals(CertificateStanding.VALID,
                CertificateBindingRule.standing("user01", PRINT, registered(PRINT, null, NOW.plusDays(1)), NOW));
    }

    @Test
    void aKnownSerialWithAnotherFingerprintIsRefusedWhoeverClaimsIt() {
        String other = "cd".repeat(32);
        assertEquals(CertificateStanding.KEY_MISMATCH,
                CertificateBindingRule.standing("user01", other, registered(PRINT, null, NOW.plusDays(1)), NOW));
        assertEquals(CertificateStanding.KEY_MISMATCH,
                CertificateBindingRule.standing("user02", other, registered(PRINT, null, NOW.plusDays(1)), NOW));
    }

    @Test
    void theFingerprintIsComparedWithoutRegardToCase() {
        assertEquals(CertificateStanding.VALID, CertificateBindingRule.standing("user01", PRINT.toUpperCase(),
                registered(PRINT, null, NOW.plusDays(1)), NOW));
    }

    @Test
    void aRowFromBeforeFingerprintsIsJudgedOnTheRest() {
        assertEquals(CertificateStanding.VALID,
                CertificateBindingRule.standing("user01", PRINT, registered(null, null, NOW.plusDays(1)), NOW));
    }

    @Test
    void unknownAnotherUsersRevokedAndExpiredAreRefused() {
        assertEquals(CertificateStanding.UNKNOWN, CertificateBindingRule.standing("user01", PRINT, null, NOW));
        assertEquals(CertificateStanding.ANOTHER_USER,
                CertificateBindingRule.standing("user02", PRINT, registered(PRINT, null, NOW.plusDays(1)), NOW));
        assertEquals(CertificateStanding.REVOKED, CertificateBindingRule.standing("user01", PRINT,
                registered(PRINT, NOW.minusMinutes(1), NOW.plusDays(1)), NOW));
        assertEquals(CertificateStanding.EXPIRED,
                CertificateBindingRule.standing("user01", PRINT, registered(PRINT, null, NOW), NOW));
    }
}
