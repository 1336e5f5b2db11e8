package jp.kojo.deduction.boundary;

/**
 * How a line compares with the previous cycle of the same kind (monthly with monthly, bonus with bonus), a
 * line being matched by person and product: new, changed in amount, unchanged, or ended (a line of the
 * previous cycle that has none now).
 */
public enum LineChangeMark {
    NEW("新規", "New"),
    CHANGED("変更", "Changed"),
    UNCHANGED("変更なし", "Unchanged"),
    ENDED("終了", "Ended");

    private final String nameJa;
    private final String nameEn;

    LineChangeMark(String nameJa, String nameEn) {
        this.nameJa = nameJa;
        this.nameEn = nameEn;
    }

    public String nameJa() { return nameJa; }
    public String nameEn() { return nameEn; }
}
