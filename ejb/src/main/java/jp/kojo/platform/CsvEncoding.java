package jp.kojo.platform;

/** Character encoding of a CSV export: one choice for every download (request lists, savings, audit log). */
public enum CsvEncoding {
    /** Shift_JIS as Microsoft extends it: what Japanese Excel expects from a double-clicked CSV. */
    WINDOWS_31J("Windows-31J"),
    /** UTF-8 with a byte order mark, which Excel needs to detect UTF-8; for names outside Windows-31J. */
    UTF8_BOM("UTF-8");

    private final String charsetName;

    CsvEncoding(String charsetName) {
        this.charsetName = charsetName;
    }

    public static CsvEncoding defaultEncoding() {
        return WINDOWS_31J;
    }

    /** The encoding a download asked for ({@code encoding=UTF8_BOM}); anything else is the default. */
    public static CsvEncoding ofParameter(String value) {
        return UTF8_BOM.name().equals(value) ? UTF8_BOM : defaultEncoding();
    }

    /** The response's content type: {@code text/csv} with this charset. */
    public String contentType() {
        return "text/csv; charset=" + charsetName;
    }
}
