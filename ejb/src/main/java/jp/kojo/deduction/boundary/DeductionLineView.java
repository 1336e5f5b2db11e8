package jp.kojo.deduction.boundary;

import java.io.Serializable;
import jp.kojo.deduction.entity.Product;

/**
 * One line of a deduction request list, as screens and exports show it, with its mark against the previous
 * cycle (null when there is none to compare with) and its status. An ended line (a line of the previous
 * cycle with none now) has no line number and no amount of its own: only {@code previousAmount}.
 */
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
        long requestedAmount,
        LineChangeMark change,
        Long previousAmount,
        LineStatus status) implements Serializable {

    /** A line without comparison, deducted as requested. */
    public DeductionLineView(long id, int lineNumber, String personNumber, String employeeNumber, String nameKana,
                             String nameKanji, Product product, String accountBranchCode, String accountNumber,
                             long requestedAmount) {
        this(id, lineNumber, personNumber, employeeNumber, nameKana, nameKanji, product, accountBranchCode,
                accountNumber, requestedAmount, null, null, LineStatus.DEDUCTED);
    }

    public boolean ended() {
        return change == LineChangeMark.ENDED;
    }
}
