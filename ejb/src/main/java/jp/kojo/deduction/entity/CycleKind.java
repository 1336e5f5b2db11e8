package jp.kojo.deduction.entity;

/** A monthly (月例) or bonus (賞与) deduction run. */
public enum CycleKind {
    MONTHLY("月例", "Monthly"),
    BONUS("賞与", "Bonus");

    private final String nameJa;
    private final String nameEn;

    CycleKind(String nameJa, String nameEn) {
        this.nameJa = nameJa;
        this.nameEn = nameEn;
    }

    public String nameJa() { return nameJa; }
    public String nameEn() { return nameEn; }
}
