package jp.kojo.batch.resultsout;

/**
 * まとめ入金型: a line is deducted in full unless the organisation marked it not deducted; the deducted amount
 * is then the requested amount.
 */
public final class LumpSumResultRecordWriter implements ResultRecordWriter {
    @Override
    public char serviceType() {
        return '1';
    }

    @Override
    public LineResult result(ExportLine line) {
        return line.markedNotDeducted()
                ? new LineResult(0, ResultKind.NOT_DEDUCTED)
                : new LineResult(line.requestedAmount(), ResultKind.FULL);
    }
}
