package jp.kojo.web.api.v1;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import jp.kojo.deduction.boundary.PayrollLineView;
import jp.kojo.deduction.boundary.ReconciliationRowView;
import jp.kojo.deduction.boundary.ReconciliationView;

/**
 * An upload reconciled with the cycle's lines, nothing applied yet (or what was applied so far): the counts, and
 * per outcome its first rows (the rest through .../rows?outcome=), and the lines no row reached.
 */
@JsonbNillable
@JsonbPropertyOrder({"uploadId", "cycleId", "fileName", "encoding", "keyKind", "rowCount", "uploadedBy", "uploadedAt",
        "expiresAt", "expired", "applied", "applicable", "equal", "different", "overRequest", "unmatched", "ambiguous",
        "linesWithoutRow"})
public record ReconciliationJson(long uploadId, long cycleId, String fileName, String encoding, String keyKind,
                                 int rowCount, String uploadedBy, String uploadedAt, String expiresAt, boolean expired,
                                 long applied, long applicable, Rows equal, Rows different, Rows overRequest,
                                 Rows unmatched, Rows ambiguous, Lines linesWithoutRow) {
    /** Rows of one outcome: how many in all, and the first ones in file order. */
    @JsonbPropertyOrder({"total", "rows"})
    public record Rows(long total, List<RowJson> rows) {
    }

    /** Lines that no row reached: how many in all, and the first ones in line order. */
    @JsonbPropertyOrder({"total", "lines"})
    public record Lines(long total, List<PayrollLineJson> lines) {
        static Lines of(long total, List<PayrollLineView> lines) {
            return new Lines(total, lines.stream().map(PayrollLineJson::of).toList());
        }
    }

    /** One row of the file beside the line it matched (line fields null when none). */
    @JsonbNillable
    @JsonbPropertyOrder({"rowId", "fileRow", "key", "product", "productCode", "amount", "outcome", "lineId", "lineNumber",
            "nameKana", "requestedAmount", "difference", "currentResultCode", "currentDeductedAmount", "applied",
            "changedSinceUpload"})
    public record RowJson(long rowId, int fileRow, String key, String product, String productCode, long amount,
                          String outcome, Long lineId, Integer lineNumber, String nameKana, Long requestedAmount,
                          Long difference, String currentResultCode, Long currentDeductedAmount, boolean applied,
                          boolean changedSinceUpload) {
        static RowJson of(ReconciliationRowView r) {
            return new RowJson(r.rowId(), r.fileRow(), r.key(), r.product() == null ? null : r.product().name(),
                    r.product() == null ? null : r.product().code(), r.amount(), r.outcome().name(), r.lineId(),
                    r.lineNumber(), r.nameKana(), r.requestedAmount(), r.difference(),
                    r.currentResult() == null ? null : r.currentResult().name(), r.currentDeducted(), r.applied(),
                    r.changedSinceUpload());
        }

        static Rows rows(long total, List<ReconciliationRowView> rows) {
            return new Rows(total, rows.stream().map(RowJson::of).toList());
        }
    }

    /** The view and its groups, each read by the caller (one page of each). */
    static ReconciliationJson of(ReconciliationView v, Rows equal, Rows different, Rows overRequest, Rows unmatched,
                                 Rows ambiguous, Lines linesWithoutRow) {
        return new ReconciliationJson(v.uploadId(), v.cycleId(), v.fileName(), v.encoding().name(), v.keyKind().name(),
                v.rowCount(), v.uploadedBy(), CycleJson.time(v.uploadedAt()), CycleJson.time(v.expiresAt()), v.expired(),
                v.applied(), v.applicable(), equal, different, overRequest, unmatched, ambiguous, linesWithoutRow);
    }
}
