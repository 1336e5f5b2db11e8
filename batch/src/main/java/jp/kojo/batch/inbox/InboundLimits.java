package jp.kojo.batch.inbox;

/**
 * What an inbound file may be: at most {@code maxBytes} long, no line longer than {@code maxLineBytes} bytes and,
 * in CSV, no record with more than {@code maxFields} fields. The defaults hold every file the host sends with
 * room to spare; the server properties {@value #MAX_BYTES}, {@value #MAX_LINE_BYTES} and {@value #MAX_FIELDS}
 * change them (read at each job start, so they can be set while the server runs).
 */
public record InboundLimits(long maxBytes, int maxLineBytes, int maxFields) {
    public static final String MAX_BYTES = "kojo.inbox.max-bytes";
    public static final String MAX_LINE_BYTES = "kojo.inbox.max-line-bytes";
    public static final String MAX_FIELDS = "kojo.inbox.max-fields";

    public static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;
    public static final int DEFAULT_MAX_LINE_BYTES = 8 * 1024;
    public static final int DEFAULT_MAX_FIELDS = 100;

    public InboundLimits {
        if (maxBytes < 1 || maxLineBytes < 1 || maxFields < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The limits set on this server, or the defaults. */
    public static InboundLimits configured() {
        return new InboundLimits(property(MAX_BYTES, DEFAULT_MAX_BYTES),
                (int) property(MAX_LINE_BYTES, DEFAULT_MAX_LINE_BYTES),
                (int) property(MAX_FIELDS, DEFAULT_MAX_FIELDS));
    }

    private static long property(String name, long fallback) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value.trim());
            return parsed > 0 ? parsed : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
