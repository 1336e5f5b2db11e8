package jp.kojo.batch.resultsout;

/**
 * The record writer of an organisation's deduction type. The payroll type (賃金控除型) adds its writer here and
 * lifts the PAYROLL exclusion in {@link ResultsExportStore#reserve}; until then its cycles are not exported.
 */
public final class ResultRecordWriters {
    private static final ResultRecordWriter LUMP_SUM = new LumpSumResultRecordWriter();

    private ResultRecordWriters() {
    }

    /** @param payroll whether the organisation uses 賃金控除型 ({@code organization_service} PAYROLL) */
    public static ResultRecordWriter of(boolean payroll) {
        if (payroll) {
            throw new IllegalStateException("No results writer for the payroll type yet");
        }
        return LUMP_SUM;
    }
}
