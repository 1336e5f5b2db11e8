package jp.kojo.batch.requestload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DuplicateKeysTest {

    @Test
    void aKeySeenBeforeGivesTheLineWhereItWasSeenFirst() {
        DuplicateKeys keys = new DuplicateKeys();
        assertEquals(0, keys.putIfAbsent(1_000_000_001L, 1_00L, 2));
        assertEquals(0, keys.putIfAbsent(1_000_000_001L, 1_01L, 3), "same contract and person, another product");
        assertEquals(0, keys.putIfAbsent(1_000_000_002L, 1_00L, 4), "another contract");
        assertEquals(2, keys.putIfAbsent(1_000_000_001L, 1_00L, 9));
        assertEquals(2, keys.putIfAbsent(1_000_000_001L, 1_00L, 10), "still the first line, not the last duplicate");
        assertEquals(3, keys.size());
    }

    @Test
    void keepsEveryKeyWhileItGrows() {
        DuplicateKeys keys = new DuplicateKeys();
        int n = 200_000;
        for (int i = 1; i <= n; i++) {
            assertEquals(0, keys.putIfAbsent(9_000_000_000L + i % 1_000, (long) i * 100 + i % 5, i));
        }
        assertEquals(n, keys.size());
        for (int i = 1; i <= n; i++) {
            assertEquals(i, keys.putIfAbsent(9_000_000_000L + i % 1_000, (long) i * 100 + i % 5, n + i));
        }
        assertEquals(n, keys.size());
    }

    @Test
    void zeroKeysAreKeysAndLinesCountFromOne() {
        DuplicateKeys keys = new DuplicateKeys();
        assertEquals(0, keys.putIfAbsent(0, 0, 1));
        assertEquals(1, keys.putIfAbsent(0, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> keys.putIfAbsent(1, 1, 0));
    }
}
