package jp.kojo.deduction.entity;

import java.util.Optional;

/** What a deduction line pays into: the product codes the host uses in its request files. */
public enum Product {
    INSTALLMENT_DEPOSIT("10", "積立定期預金", "Installment time deposit", false),
    INSTALLMENT_SAVINGS("20", "定期積金", "Installment savings", false),
    LOAN_REPAYMENT("30", "証書貸付返済", "Loan repayment", true),
    CARD_LOAN_REPAYMENT("40", "カードローン返済", "Card loan repayment", true),
    MUTUAL_AID("50", "共済掛金", "Mutual-aid premium", false);

    private final String code;
    private final String nameJa;
    private final String nameEn;
    private final boolean paymentStopAllowed;

    /**
     * @param paymentStopAllowed whether a line not deducted may also be put on payment stop (入金中止): only
     *                           repayments, whose instalment the bank then collects otherwise; deposits and
     *                           premiums are simply not paid in that month
     */
    Product(String code, String nameJa, String nameEn, boolean paymentStopAllowed) {
        this.code = code;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.paymentStopAllowed = paymentStopAllowed;
    }

    public String code() { return code; }
    public String nameJa() { return nameJa; }
    public String nameEn() { return nameEn; }
    public boolean paymentStopAllowed() { return paymentStopAllowed; }

    public static Optional<Product> ofCode(String code) {
        for (Product p : values()) {
            if (p.code.equals(code)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
