package jp.kojo.deduction.boundary;

import java.io.Serializable;
import jp.kojo.deduction.entity.NotDeductedReason;
import jp.kojo.deduction.entity.Product;
import jp.kojo.deduction.entity.ResultCode;

/**
 * A line of a lump-sum cycle with its result and the version a save must name, and its mark against the
 * previous cycle of the same kind (null when there is none to compare with).
 */
public record LumpSumLineView(long id, long version, int lineNumber, String personNumber, String employeeNumber,
                              String nameKana, String nameKanji, Product product, long requestedAmount,
                              ResultCode resultCode, NotDeductedReason reason, String note, boolean paymentStopped,
                              LineChangeMark change, Long previousAmount) implements Serializable {
    public LumpSumLineView(long id, long version, int lineNumber, String personNumber, String employeeNumber,
                           String nameKana, String nameKanji, Product product, long requestedAmount,
                           ResultCode resultCode, NotDeductedReason reason, String note, boolean paymentStopped) {
        this(id, version, lineNumber, personNumber, employeeNumber, nameKana, nameKanji, product, requestedAmount,
                resultCode, reason, note, paymentStopped, null, null);
    }

    public boolean notDeducted() {
        return resultCode == ResultCode.NOT_DEDUCTED;
    }
}
