package jp.kojo.batch.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class RetentionParametersTest {
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    @Test
    void thirteenMonthsAndTheCurrentAreKeptByDefault() {
        assertEquals(YearMonth.of(2025, 11), RetentionParameters.of(null, null).cutoff(DECEMBER));
        assertEquals(YearMonth.of(2024, 12), RetentionParameters.of("24", "").cutoff(DECEMBER));
    }

    @Test
    void theServerPropertySetsTheDefault() {
        System.setProperty(RetentionParameters.MONTHS_PROPERTY, "36");
        try {
            assertEquals(YearMonth.of(2023, 12), RetentionParameters.of(null, null).cutoff(DECEMBER));
        } finally {
            System.clearProperty(RetentionParameters.MONTHS_PROPERTY);
        }
    }

    @Test
    void anExplicitMonthMustLieBeforeTheRetentionPeriod() {
        assertEquals(YearMonth.of(2000, 7), RetentionParameters.of(null, "200007").cutoff(DECEMBER));
        assertEquals(YearMonth.of(2025, 11), RetentionParameters.of(null, "2025-11").cutoff(DECEMBER));
        assertThrows(IllegalArgumentException.class, () -> RetentionParameters.of(null, "2025-12").cutoff(DECEMBER));
    }

    @Test
    void badValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> RetentionParameters.of("12", null));
        assertThrows(IllegalArgumentException.class, () -> RetentionParameters.of("x", null));
        assertThrows(IllegalArgumentException.class, () -> RetentionParameters.of(null, "2000-13"));
    }
}
