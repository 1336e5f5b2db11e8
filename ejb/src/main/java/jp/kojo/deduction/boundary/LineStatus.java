package jp.kojo.deduction.boundary;

/**
 * A line's result as the organisation reported it: deducted as requested, not deducted, or not deducted with
 * the payment stopped (入金中止, a kind of not deducted).
 */
public enum LineStatus {
    DEDUCTED("控除済", "Deducted"),
    NOT_DEDUCTED("未控除", "Not deducted"),
    PAYMENT_STOPPED("入金中止", "Payment stopped");

    private final String nameJa;
    private final String nameEn;

    LineStatus(String nameJa, String nameEn) {
        this.nameJa = nameJa;
        this.nameEn = nameEn;
    }

    public String nameJa() { return nameJa; }
    public String nameEn() { return nameEn; }
}
