package jp.kojo.deduction.boundary;

import jp.kojo.deduction.entity.NotDeductedReason;
import jp.kojo.deduction.entity.ResultCode;

/**
 * A result entered for one line as the user saw it (id and version). The amount may be null for 全額控除 and
 * 控除不能, whose amounts follow from the code.
 */
public record PayrollLineResult(long lineId, long version, ResultCode result, Long deductedAmount,
                                NotDeductedReason reason, String note) {
}
