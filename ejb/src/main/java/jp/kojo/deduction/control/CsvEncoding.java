package jp.kojo.deduction.control;

/** Character encoding of a CSV export. */
public enum CsvEncoding {
    /** Shift_JIS as Microsoft extends it: what Japanese Excel expects from a double-clicked CSV. */
    WINDOWS_31J,
    /** UTF-8 with a byte order mark, which Excel needs to detect UTF-8; for names outside Windows-31J. */
    UTF8_BOM;

    public static CsvEncoding defaultEncoding() {
        return WINDOWS_31J;
    }
}
