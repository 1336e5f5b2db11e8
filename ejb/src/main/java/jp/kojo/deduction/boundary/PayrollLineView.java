package jp.kojo.deduction.boundary;

import java.io.Serializable;
import jp.kojo.deduction.entity.NotDeductedReason;
import jp.kojo.deduction.entity.Product;
import jp.kojo.deduction.entity.ResultCode;

/**
 * A payroll line with its request and result side by side, and the version a save must name. Without a result
 * the code and the amount are null.
 */
public record PayrollLineView(long id, long version, int lineNumber, String personNumber, String employeeNumber,
                              String nameKana, String nameKanji, Product product, long requestedAmount,
                              ResultCode resultCode, Long deductedAmount, NotDeductedReason reason, String note) implements Serializable {
    public boolean hasResult() {
        return resultCode != null;
    }

    /** Requested minus deducted, or null while there is no result. */
    public Long difference() {
        return deductedAmount == null ? null : requestedAmount - deductedAmount;
    }
}
