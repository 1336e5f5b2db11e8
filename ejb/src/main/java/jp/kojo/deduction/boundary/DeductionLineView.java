package jp.kojo.deduction.boundary;

import jp.kojo.deduction.entity.Product;

/** One line of a deduction request list, as screens and exports show it. */
public record DeductionLineView(
        long id,
        int lineNumber,
        String personNumber,
        String employeeNumber,
        String nameKana,
        String nameKanji,
        Product product,
        String accountBranchCode,
        String accountNumber,
        long requestedAmount) {
}
