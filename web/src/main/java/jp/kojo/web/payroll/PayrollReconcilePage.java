package jp.kojo.web.payroll;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.kojo.deduction.boundary.ApplyReport;
import jp.kojo.deduction.boundary.MatchOutcome;
import jp.kojo.deduction.boundary.PayrollLineView;
import jp.kojo.deduction.boundary.PayrollRefusal;
import jp.kojo.deduction.boundary.PayrollRefusedException;
import jp.kojo.deduction.boundary.PayrollResultUploads;
import jp.kojo.deduction.boundary.ReconciliationRowView;
import jp.kojo.deduction.boundary.ReconciliationView;
import jp.kojo.deduction.entity.NotDeductedReason;
import jp.kojo.web.common.JapaneseFormats;
import jp.kojo.web.common.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * 結果ファイルの照合 ({@code /deduction/reconcile.xhtml?upload=N}): the uploaded rows by outcome beside their
 * lines, the lines no row reached, and applying all or the selected rows. Another organisation's upload answers
 * 404 like a missing one.
 */
@Named
@ViewScoped
public class PayrollReconcilePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    PayrollResultUploads uploads;

    private Long uploadId;
    private ReconciliationView upload;
    private MatchOutcome outcome;
    private final Rows rows = new Rows();
    private final Missing missing = new Missing();
    private List<ReconciliationRowView> selection = new ArrayList<>();
    private String zeroReason;
    private String zeroNote;

    public void load() throws IOException {
        try {
            if (uploadId == null) {
                throw new PayrollRefusedException(PayrollRefusal.NO_SUCH_UPLOAD);
            }
            upload = uploads.reconciliation(uploadId);
        } catch (PayrollRefusedException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    public void applyAll() {
        apply(null);
    }

    public void applySelected() {
        if (selection == null || selection.isEmpty()) {
            PayrollMessages.refused(new PayrollRefusedException(PayrollRefusal.NOTHING_SELECTED));
            return;
        }
        apply(selection.stream().map(ReconciliationRowView::rowId).toList());
    }

    private void apply(List<Long> rowIds) {
        try {
            NotDeductedReason reason = zeroReason == null || zeroReason.isBlank() ? null : NotDeductedReason.valueOf(zeroReason);
            ApplyReport report = uploads.apply(uploadId, rowIds, reason, zeroNote);
            Messages.info("payroll.appliedCount", report.applied());
            if (!report.staleRows().isEmpty()) {
                Messages.error("payroll.staleRows", report.staleRows().stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")));
            }
            selection = new ArrayList<>();
        } catch (PayrollRefusedException refused) {
            PayrollMessages.refused(refused);
        }
        upload = uploads.reconciliation(uploadId);
    }

    public String summary() {
        ReconciliationView u = upload;
        return Messages.text("payroll.uploadSummary", u.fileName(), String.valueOf(u.rowCount()),
                Messages.text("payroll.encoding." + u.encoding().name()), u.uploadedBy(),
                JapaneseFormats.dateWithWeekday(u.expiresAt().toLocalDate()) + " " + JapaneseFormats.time(u.expiresAt().toLocalTime()));
    }

    public MatchOutcome[] getOutcomes() { return MatchOutcome.values(); }
    public NotDeductedReason[] getReasons() { return NotDeductedReason.values(); }

    private final class Rows extends LazyDataModel<ReconciliationRowView> {
        private static final long serialVersionUID = 1L;
        private List<ReconciliationRowView> loaded = List.of();

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return upload == null ? 0 : (int) uploads.rowCount(uploadId, outcome);
        }

        @Override
        public List<ReconciliationRowView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                                Map<String, FilterMeta> filterBy) {
            loaded = upload == null ? List.of() : uploads.rows(uploadId, outcome, first, pageSize);
            return loaded;
        }

        @Override
        public String getRowKey(ReconciliationRowView row) {
            return String.valueOf(row.rowId());
        }

        @Override
        public ReconciliationRowView getRowData(String rowKey) {
            return loaded.stream().filter(r -> String.valueOf(r.rowId()).equals(rowKey)).findFirst().orElse(null);
        }
    }

    private final class Missing extends LazyDataModel<PayrollLineView> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return upload == null ? 0 : (int) uploads.linesWithoutRow(uploadId, 0, 1).count();
        }

        @Override
        public List<PayrollLineView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                          Map<String, FilterMeta> filterBy) {
            return upload == null ? List.of() : uploads.linesWithoutRow(uploadId, first, pageSize).lines();
        }
    }

    public Long getUploadId() { return uploadId; }
    public void setUploadId(Long uploadId) { this.uploadId = uploadId; }
    public ReconciliationView getUpload() { return upload; }
    public MatchOutcome getOutcome() { return outcome; }
    public void setOutcome(MatchOutcome outcome) { this.outcome = outcome; }
    public LazyDataModel<ReconciliationRowView> getRows() { return rows; }
    public LazyDataModel<PayrollLineView> getMissing() { return missing; }
    public List<ReconciliationRowView> getSelection() { return selection; }
    public void setSelection(List<ReconciliationRowView> selection) { this.selection = selection; }
    public String getZeroReason() { return zeroReason; }
    public void setZeroReason(String zeroReason) { this.zeroReason = zeroReason; }
    public String getZeroNote() { return zeroNote; }
    public void setZeroNote(String zeroNote) { this.zeroNote = zeroNote; }
}
