package jp.kojo.batch.resultsout;

/**
 * 賃金控除型: each line carries the result the organisation reported (on screen, by upload or over the API):
 * 全額控除 the requested amount, 一部控除 the amount it deducted, 控除不能 0 yen. A sent payroll cycle has a
 * result on every line (approval refuses it otherwise); a line without one, or with an amount its code cannot
 * have, fails the export rather than telling the host something the organisation did not report.
 */
public final class PayrollResultRecordWriter implements ResultRecordWriter {
    @Override
    public char serviceType() {
        return '2';
    }

    @Override
    public LineResult result(ExportLine line) {
        if (line.resultCode() == null) {
            throw new IllegalStateException("line " + line.lineNumber() + " of a sent payroll cycle has no result");
        }
        return switch (line.resultCode()) {
            case "DEDUCTED" -> new LineResult(line.requestedAmount(), ResultKind.FULL);
            case "PARTIALLY_DEDUCTED" -> partial(line);
            case "NOT_DEDUCTED" -> new LineResult(0, ResultKind.NOT_DEDUCTED);
            default -> throw new IllegalStateException("line " + line.lineNumber() + ": unknown result "
                    + line.resultCode());
        };
    }

    private static LineResult partial(ExportLine line) {
        Long amount = line.deductedAmount();
        if (amount == null || amount <= 0 || amount >= line.requestedAmount()) {
            throw new IllegalStateException("line " + line.lineNumber() + ": partly deducted " + amount
                    + " of " + line.requestedAmount());
        }
        return new LineResult(amount, ResultKind.PARTIAL);
    }
}
