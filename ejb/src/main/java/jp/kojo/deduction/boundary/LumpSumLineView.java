package jp.kojo.deduction.boundary;

import jp.kojo.deduction.entity.NotDeductedReason;
import jp.kojo.deduction.entity.Product;
import jp.kojo.deduction.entity.ResultCode;

/** A line of a lump-sum cycle with its result and the version a save must name. */
public record LumpSumLineView(long id, long version, int lineNumber, String personNumber, String employeeNumber,
                              String nameKana, String nameKanji, Product product, long requestedAmount,
                              ResultCode resultCode, NotDeductedReason reason, String note, boolean paymentStopped) {
    public boolean notDeducted() {
        return resultCode == ResultCode.NOT_DEDUCTED;
    }
}
