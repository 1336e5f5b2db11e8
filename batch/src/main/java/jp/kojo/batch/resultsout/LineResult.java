package jp.kojo.batch.resultsout;

/** What a line's result record says: the amount deducted and the result code. */
public record LineResult(long deductedAmount, ResultKind kind) {
    public LineResult {
        if (deductedAmount < 0) {
            throw new IllegalArgumentException("negative deducted amount: " + deductedAmount);
        }
    }
}
