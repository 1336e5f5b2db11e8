package jp.kojo.deduction.control;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.List;
import jp.kojo.deduction.boundary.MatchOutcome;
import jp.kojo.deduction.boundary.PayrollLineView;
import jp.kojo.deduction.boundary.ReconciliationRowView;
import jp.kojo.deduction.entity.NotDeductedReason;
import jp.kojo.deduction.entity.Product;
import jp.kojo.deduction.entity.ResultCode;
import jp.kojo.platform.CsvEncoding;

/**
 * The payroll type's CSV reports, written as {@link DeductionCsvWriter} writes the request list (Windows-31J by
 * default or UTF-8 with BOM, text cells neutralised against formulas, amounts as plain integers): the request
 * and result list with the difference per line, and an upload's reconciliation.
 */
public final class PayrollCsvWriter {
    static final List<String> RESULT_COLUMNS = List.of("行番号", "個人番号", "社員番号", "氏名カナ", "氏名漢字", "商品コード",
            "商品名", "依頼金額", "控除額", "差額", "控除結果", "控除不能事由", "備考");
    static final List<String> RECONCILIATION_COLUMNS = List.of("照合結果", "ファイル行", "キー", "商品コード", "商品名",
            "ファイル控除額", "明細行番号", "氏名カナ", "依頼金額", "差額", "反映");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private PayrollCsvWriter() {
    }

    /** Writes the header and one row per line as the iterable yields them; does not close {@code out}. */
    public static void resultList(Iterable<PayrollLineView> lines, CsvEncoding encoding, OutputStream out) throws IOException {
        Writer w = open(encoding, out);
        row(w, RESULT_COLUMNS);
        for (PayrollLineView l : lines) {
            row(w, List.of(Integer.toString(l.lineNumber()), text(l.personNumber()), text(l.employeeNumber()),
                    text(l.nameKana()), text(l.nameKanji()), text(l.product().code()), text(l.product().nameJa()),
                    Long.toString(l.requestedAmount()), number(l.deductedAmount()), number(l.difference()),
                    text(resultJa(l.resultCode())), text(reasonJa(l.reason())), text(l.note())));
        }
        w.flush();
    }

    /** The rows of an upload, then the lines no row reached; does not close {@code out}. */
    public static void reconciliation(Iterable<ReconciliationRowView> rows, Iterable<PayrollLineView> linesWithoutRow,
                                      CsvEncoding encoding, OutputStream out) throws IOException {
        Writer w = open(encoding, out);
        row(w, RECONCILIATION_COLUMNS);
        for (ReconciliationRowView r : rows) {
            row(w, List.of(text(outcomeJa(r.outcome())), Integer.toString(r.fileRow()), text(r.key()),
                    text(r.product().code()), text(r.product().nameJa()), Long.toString(r.amount()),
                    r.lineNumber() == null ? "" : r.lineNumber().toString(), text(r.nameKana()),
                    number(r.requestedAmount()), number(r.difference()),
                    text(r.applied() ? "反映済" : r.changedSinceUpload() ? "取込後に変更あり" : "")));
        }
        for (PayrollLineView l : linesWithoutRow) {
            row(w, List.of(text("ファイルに行なし"), "", text(l.employeeNumber() == null ? l.personNumber() : l.employeeNumber()),
                    text(l.product().code()), text(l.product().nameJa()), "", Integer.toString(l.lineNumber()),
                    text(l.nameKana()), Long.toString(l.requestedAmount()), "", ""));
        }
        w.flush();
    }

    public static String resultJa(ResultCode code) {
        if (code == null) {
            return "未入力";
        }
        return switch (code) {
            case DEDUCTED -> "全額控除";
            case PARTIALLY_DEDUCTED -> "一部控除";
            case NOT_DEDUCTED -> "控除不能";
        };
    }

    static String reasonJa(NotDeductedReason reason) {
        return reason == null ? "" : reason.nameJa();
    }

    static String outcomeJa(MatchOutcome outcome) {
        return switch (outcome) {
            case EQUAL -> "一致";
            case DIFFERENT -> "金額相違";
            case OVER_REQUEST -> "依頼金額超過";
            case UNMATCHED -> "該当明細なし";
            case AMBIGUOUS -> "明細が複数";
        };
    }

    private static Writer open(CsvEncoding encoding, OutputStream out) throws IOException {
        CsvEncoding enc = encoding == null ? CsvEncoding.WINDOWS_31J : encoding;
        if (enc == CsvEncoding.UTF8_BOM) {
            out.write(UTF8_BOM);
        }
        return new BufferedWriter(new OutputStreamWriter(out, DeductionCsvWriter.encoder(enc)), 16 * 1024);
    }

    /** Cells already escaped (text) or plain integers (amounts stay numeric for Excel). */
    private static void row(Writer w, List<String> cells) throws IOException {
        w.write(String.join(",", cells.stream().map(c -> c == null ? "" : c).toList()));
        w.write("\r\n");
    }

    private static String text(String value) {
        return DeductionCsvWriter.escape(value);
    }

    private static String number(Long value) {
        return value == null ? "" : value.toString();
    }

    static String productJa(Product p) {
        return p == null ? "" : p.nameJa();
    }
}
