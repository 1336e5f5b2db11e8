package jp.kojo.deduction.boundary;

/** How an uploaded result file is read: AUTO takes a UTF-8 BOM or valid UTF-8 as UTF-8, else Windows-31J. */
public enum UploadEncoding {
    AUTO,
    UTF_8,
    WINDOWS_31J
}
