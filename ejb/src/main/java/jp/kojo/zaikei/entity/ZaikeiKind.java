package jp.kojo.zaikei.entity;

import java.util.Optional;

/** The three kinds of asset-formation savings, with the code the host files use. */
public enum ZaikeiKind {
    /** 一般財形 */
    GENERAL("1", "一般", "General"),
    /** 財形住宅 */
    HOUSING("2", "住宅", "Housing"),
    /** 財形年金 */
    PENSION("3", "年金", "Pension");

    private final String code;
    private final String nameJa;
    private final String nameEn;

    ZaikeiKind(String code, String nameJa, String nameEn) {
        this.code = code;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
    }

    public String code() { return code; }
    public String nameJa() { return nameJa; }
    public String nameEn() { return nameEn; }

    /** Housing and pension savings are tax-free up to a limit together and only for people under 55. */
    public boolean taxFree() {
        return this != GENERAL;
    }

    public static Optional<ZaikeiKind> ofCode(String code) {
        for (ZaikeiKind kind : values()) {
            if (kind.code.equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
