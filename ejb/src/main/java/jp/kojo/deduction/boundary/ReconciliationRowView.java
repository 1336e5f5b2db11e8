package jp.kojo.deduction.boundary;

import java.io.Serializable;
import jp.kojo.deduction.entity.Product;
import jp.kojo.deduction.entity.ResultCode;

/**
 * One row of an upload beside the line it matched (line fields null when none): the file's amount against the
 * request and the line's current result, whether it was applied, and whether the line changed since the upload
 * (then applying it is refused).
 */
public record ReconciliationRowView(long rowId, int fileRow, String key, Product product, long amount,
                                    MatchOutcome outcome, Long lineId, Integer lineNumber, String nameKana,
                                    Long requestedAmount, ResultCode currentResult, Long currentDeducted,
                                    boolean applied, boolean changedSinceUpload) implements Serializable {
    public Long difference() {
        return requestedAmount == null ? null : requestedAmount - amount;
    }
}
