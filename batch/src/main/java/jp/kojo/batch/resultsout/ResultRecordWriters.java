package jp.kojo.batch.resultsout;

/** The record writer of an organisation's deduction type: まとめ入金型 or 賃金控除型. */
public final class ResultRecordWriters {
    private static final ResultRecordWriter LUMP_SUM = new LumpSumResultRecordWriter();
    private static final ResultRecordWriter PAYROLL = new PayrollResultRecordWriter();

    private ResultRecordWriters() {
    }

    /** @param payroll whether the organisation uses 賃金控除型 ({@code organization_service} PAYROLL) */
    public static ResultRecordWriter of(boolean payroll) {
        return payroll ? PAYROLL : LUMP_SUM;
    }
}
