package jp.kojo.savings.boundary;

import java.util.Arrays;
import java.util.Optional;

/** What a member's union-wide savings (一斉積立) go into: the product codes of the host's breakdown file. */
public enum SavingsProduct {
    /** 積立定期預金: a time deposit added to every cycle. */
    INSTALLMENT_DEPOSIT("11", "積立定期預金", "Installment time deposit"),
    /** 定期積金: fixed instalments towards a sum at maturity. */
    INSTALLMENT_SAVINGS("12", "定期積金", "Installment savings"),
    /** 普通預金積立: into the member's ordinary account. */
    ORDINARY_SAVINGS("13", "普通預金積立", "Ordinary deposit savings"),
    /** 目的別積立: saved towards a purpose the member chose (education, travel, a car). */
    PURPOSE_SAVINGS("14", "目的別積立", "Purpose savings");

    private final String code;
    private final String nameJa;
    private final String nameEn;

    SavingsProduct(String code, String nameJa, String nameEn) {
        this.code = code;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
    }

    public String code() { return code; }
    public String nameJa() { return nameJa; }
    public String nameEn() { return nameEn; }

    public static Optional<SavingsProduct> ofCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }
}
