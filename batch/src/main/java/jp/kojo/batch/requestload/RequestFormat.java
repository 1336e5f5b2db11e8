package jp.kojo.batch.requestload;

/** The two variants of a deduction request file (docs/interchange.md). */
public enum RequestFormat {
    /** Zengin-style 120-byte fixed records in Windows-31J. */
    FIXED,
    /** RFC 4180 CSV in UTF-8 or Windows-31J. */
    CSV
}
