package jp.kojo.batch.resultsout;

/**
 * How one type of service turns its lines into results: one implementation per deduction type (まとめ入金型
 * now; 賃金控除型 adds its own, reading the deducted amount and result code the organisation reported), chosen
 * by {@link ResultRecordWriters}. The record layout, totals and file handling are shared.
 */
public interface ResultRecordWriter {
    /** 控除方式 in the header: {@code 1} まとめ入金型, {@code 2} 賃金控除型. */
    char serviceType();

    LineResult result(ExportLine line);

    /** The data record of a line. */
    default String dataRecord(String contractNumber, ExportLine line) {
        return ResultRecords.data(contractNumber, line, result(line));
    }
}
