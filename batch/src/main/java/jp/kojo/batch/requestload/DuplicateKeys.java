package jp.kojo.batch.requestload;

/**
 * The validator's memory of the (contract, person and product) keys it has seen, with the line of each: two longs
 * and an int per key in three arrays (open addressing, linear probing), where a {@code HashMap} of records spent
 * about a hundred bytes and three objects per line of a million-line file on a server heap of 512 MB.
 */
final class DuplicateKeys {
    private static final double MAX_LOAD = 0.6;

    private long[] firsts;
    private long[] seconds;
    /** The line of the key in each slot; 0 for an empty slot (lines count from 1). */
    private int[] lines;
    private int size;

    DuplicateKeys() {
        allocate(1 << 10);
    }

    private void allocate(int capacity) {
        firsts = new long[capacity];
        seconds = new long[capacity];
        lines = new int[capacity];
    }

    /**
     * Remembers the key at {@code line} (greater than 0) unless it was seen before.
     *
     * @return the line where the key was seen first, or 0 if it is new
     */
    int putIfAbsent(long first, long second, int line) {
        if (line <= 0) {
            throw new IllegalArgumentException("line " + line);
        }
        int slot = find(first, second);
        if (lines[slot] != 0) {
            return lines[slot];
        }
        firsts[slot] = first;
        seconds[slot] = second;
        lines[slot] = line;
        if (++size > MAX_LOAD * lines.length) {
            grow();
        }
        return 0;
    }

    int size() {
        return size;
    }

    /** The slot holding the key, or the empty slot where it belongs. */
    private int find(long first, long second) {
        int mask = lines.length - 1;
        int slot = spread(first, second) & mask;
        while (lines[slot] != 0 && (firsts[slot] != first || seconds[slot] != second)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static int spread(long first, long second) {
        long h = first * 0x9E3779B97F4A7C15L + second;
        h ^= h >>> 32;
        h *= 0xC2B2AE3D27D4EB4FL;
        return (int) (h ^ (h >>> 29));
    }

    private void grow() {
        long[] oldFirsts = firsts;
        long[] oldSeconds = seconds;
        int[] oldLines = lines;
        allocate(oldLines.length * 2);
        for (int i = 0; i < oldLines.length; i++) {
            if (oldLines[i] != 0) {
                int slot = find(oldFirsts[i], oldSeconds[i]);
                firsts[slot] = oldFirsts[i];
                seconds[slot] = oldSeconds[i];
                lines[slot] = oldLines[i];
            }
        }
    }
}
