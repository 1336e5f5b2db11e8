package jp.kojo.deduction.entity;

import java.util.Arrays;
import java.util.Optional;

/** What a deduction line pays into: the product codes the host uses in its request files. */
public enum Product {
    INSTALLMENT_DEPOSIT("10", "積立定期預金", "Installment time deposit"),
    INSTALLMENT_SAVINGS("20", "定期積金", "Installment savings"),
    LOAN_REPAYMENT("30", "証書貸付返済", "Loan repayment"),
    CARD_LOAN_REPAYMENT("40", "カードローン返済", "Card loan repayment"),
    MUTUAL_AID("50", "共済掛金", "Mutual-aid premium");

    private final String code;
    private final String nameJa;
    private final String nameEn;

    Product(String code, String nameJa, String nameEn) {
        this.code = code;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
    }

    public String code() { return code; }
    public String nameJa() { return nameJa; }
    public String nameEn() { return nameEn; }

    public static Optional<Product> ofCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }
}
