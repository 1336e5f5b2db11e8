package jp.kojo.web.payroll;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.kojo.deduction.boundary.KeyKind;
import jp.kojo.deduction.boundary.LineChangeView;
import jp.kojo.deduction.boundary.LineRef;
import jp.kojo.deduction.boundary.NoSuchCycleException;
import jp.kojo.deduction.boundary.OrganizationCycleView;
import jp.kojo.deduction.boundary.PayrollCycles;
import jp.kojo.deduction.boundary.PayrollLineResult;
import jp.kojo.deduction.boundary.PayrollLineView;
import jp.kojo.deduction.boundary.PayrollRefusal;
import jp.kojo.deduction.boundary.PayrollRefusedException;
import jp.kojo.deduction.boundary.PayrollResultUploads;
import jp.kojo.deduction.boundary.PayrollTotals;
import jp.kojo.deduction.boundary.ReconciliationView;
import jp.kojo.deduction.boundary.ResultFileRejectedException;
import jp.kojo.deduction.boundary.ResultFilter;
import jp.kojo.deduction.boundary.ResultMapping;
import jp.kojo.deduction.boundary.UploadEncoding;
import jp.kojo.deduction.entity.NotDeductedReason;
import jp.kojo.deduction.entity.ResultCode;
import jp.kojo.web.common.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.file.UploadedFile;

/**
 * 控除依頼(結果)リスト照会・Web更新 of one payroll cycle ({@code /deduction/results.xhtml?cycle=N}; without a
 * cycle the newest): request and result side by side, totals by product, filters, results entered per line or
 * "all as requested", the result file's upload, approval and sending. The entry form carries the versions the
 * user saw ({@code id:version,...}); a refused save keeps what the user typed.
 */
@Named
@ViewScoped
public class PayrollResultsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    PayrollCycles payroll;

    @EJB
    PayrollResultUploads uploads;

    private Long cycleId;
    private OrganizationCycleView cycle;
    private PayrollTotals totals;
    private ResultFilter filter = ResultFilter.ALL;
    private final Lines lines = new Lines();
    private List<PayrollLineView> selection = new ArrayList<>();
    private String targets;
    private String result;
    private Long amount;
    private String reason;
    private String note;
    private Integer historyLineNumber;
    private List<LineChangeView> history = List.of();
    private transient UploadedFile file;
    private UploadEncoding encoding = UploadEncoding.AUTO;
    private KeyKind keyKind = KeyKind.EMPLOYEE_NUMBER;
    private String keyColumn;
    private String productColumn;
    private String amountColumn;

    /** View action of the first request: another organisation's cycle answers 404 like a missing one. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            if (cycleId == null) {
                cycleId = payroll.overview().stream().findFirst().map(OrganizationCycleView::cycleId)
                        .orElseThrow(() -> new NoSuchCycleException(0));
            }
            refresh();
            uploads.mapping().ifPresent(m -> {
                encoding = m.encoding();
                keyKind = m.keyKind();
                keyColumn = m.keyColumn();
                productColumn = m.productColumn();
                amountColumn = m.amountColumn();
            });
        } catch (NoSuchCycleException e) {
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    private void refresh() {
        cycle = payroll.cycle(cycleId);
        totals = payroll.totals(cycleId);
    }

    public void editLine(PayrollLineView line) {
        targets = line.id() + ":" + line.version();
        result = line.resultCode() == null ? null : line.resultCode().name();
        amount = line.deductedAmount();
        reason = line.reason() == null ? null : line.reason().name();
        note = line.note();
    }

    /** Saves the entry for the lines in the form; on a refusal the dialog stays open with the typed values. */
    public void save() {
        List<LineRef> refs = new ArrayList<>();
        try {
            refs.addAll(refs());
            ResultCode code = result == null || result.isBlank() ? null : ResultCode.valueOf(result);
            NotDeductedReason why = reason == null || reason.isBlank() ? null : NotDeductedReason.valueOf(reason);
            payroll.record(refs.stream().map(r -> new PayrollLineResult(r.id(), r.version(), code, amount, why, note)).toList());
            Messages.info("payroll.saved", refs.size());
            targets = null;
            refresh();
        } catch (PayrollRefusedException refused) {
            PayrollMessages.refused(refused);
            if (refused.refusal() == PayrollRefusal.STALE) {
                // Told that someone saved first, the user may save again on top of the current lines.
                targets = payroll.currentVersions(refs.stream().map(LineRef::id).toList()).stream()
                        .map(r -> r.id() + ":" + r.version()).collect(Collectors.joining(","));
            }
            FacesContext.getCurrentInstance().validationFailed();
        } catch (IllegalArgumentException badInput) {
            PayrollMessages.refused(new PayrollRefusedException(PayrollRefusal.RESULT_REQUIRED));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void allSelectedAsRequested() {
        try {
            int n = payroll.allAsRequested(selection == null ? List.of()
                    : selection.stream().map(l -> new LineRef(l.id(), l.version())).toList());
            Messages.info("payroll.allSaved", n);
            selection = new ArrayList<>();
            refresh();
        } catch (PayrollRefusedException refused) {
            PayrollMessages.refused(refused);
        }
    }

    public void allWithoutResultAsRequested() {
        try {
            Messages.info("payroll.allSaved", payroll.allWithoutResultAsRequested(cycleId));
            selection = new ArrayList<>();
            refresh();
        } catch (PayrollRefusedException refused) {
            PayrollMessages.refused(refused);
        }
    }

    public void showHistory(PayrollLineView line) {
        historyLineNumber = line.lineNumber();
        history = payroll.history(line.id());
    }

    public void approve() {
        try {
            cycle = payroll.approve(cycleId);
            Messages.info(cycle.approvedAlone() ? "payroll.approvedAlone" : "payroll.approved");
        } catch (PayrollRefusedException refused) {
            PayrollMessages.refused(refused);
        }
    }

    public void send() {
        try {
            cycle = payroll.send(cycleId);
            Messages.info("payroll.sent");
        } catch (PayrollRefusedException refused) {
            PayrollMessages.refused(refused);
        }
    }

    /** Reads and matches the file; on success the reconciliation page opens, on rejection every problem shows. */
    public String upload() {
        if (file == null || file.getSize() == 0) {
            Messages.error("payroll.problem.EMPTY");
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            ReconciliationView view = uploads.upload(cycleId, file.getFileName(), in,
                    new ResultMapping(keyKind, keyColumn, productColumn, amountColumn, encoding));
            return "/deduction/reconcile?faces-redirect=true&upload=" + view.uploadId();
        } catch (ResultFileRejectedException rejected) {
            PayrollMessages.rejected(rejected);
        } catch (PayrollRefusedException refused) {
            PayrollMessages.refused(refused);
        } catch (IOException e) {
            Messages.error("payroll.problem.NOT_CSV", "", e.getMessage());
        }
        return null;
    }

    private List<LineRef> refs() {
        if (targets == null || targets.isBlank()) {
            throw new PayrollRefusedException(PayrollRefusal.NOTHING_SELECTED);
        }
        try {
            return Arrays.stream(targets.split(",")).map(String::strip).map(t -> t.split(":"))
                    .map(p -> new LineRef(Long.parseLong(p[0]), Long.parseLong(p[1]))).toList();
        } catch (RuntimeException malformed) {
            throw new PayrollRefusedException(PayrollRefusal.NO_SUCH_LINE);
        }
    }

    /** A recorded value as the user reads it: result and reason by name, amounts in yen. */
    public String historyValue(String field, String value) {
        if (value == null) {
            return "－";
        }
        return switch (field) {
            case "result" -> Messages.text("payroll.result." + value);
            case "reason" -> Messages.text("lumpsum.reason." + value);
            case "paymentStopped" -> Messages.text("lumpsum.paymentStopped." + value);
            default -> value;
        };
    }

    public String historyField(String field) {
        return "deductedAmount".equals(field) ? Messages.text("payroll.field.deductedAmount")
                : Messages.text("lumpsum.field." + field);
    }

    public NotDeductedReason[] getReasons() { return NotDeductedReason.values(); }
    public ResultCode[] getResultCodes() { return new ResultCode[] {ResultCode.DEDUCTED, ResultCode.PARTIALLY_DEDUCTED, ResultCode.NOT_DEDUCTED}; }
    public ResultFilter[] getFilters() { return ResultFilter.values(); }
    public UploadEncoding[] getEncodings() { return UploadEncoding.values(); }
    public KeyKind[] getKeyKinds() { return KeyKind.values(); }

    private final class Lines extends LazyDataModel<PayrollLineView> {
        private static final long serialVersionUID = 1L;
        private List<PayrollLineView> loaded = List.of();

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return cycleId == null || cycle == null ? 0 : (int) payroll.lines(cycleId, filter, 0, 1).count();
        }

        @Override
        public List<PayrollLineView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                          Map<String, FilterMeta> filterBy) {
            loaded = cycleId == null || cycle == null ? List.of() : payroll.lines(cycleId, filter, first, pageSize).lines();
            return loaded;
        }

        @Override
        public String getRowKey(PayrollLineView line) {
            return String.valueOf(line.id());
        }

        @Override
        public PayrollLineView getRowData(String rowKey) {
            return loaded.stream().filter(l -> String.valueOf(l.id()).equals(rowKey)).findFirst().orElse(null);
        }
    }

    public Long getCycleId() { return cycleId; }
    public void setCycleId(Long cycleId) { this.cycleId = cycleId; }
    public OrganizationCycleView getCycle() { return cycle; }
    public PayrollTotals getTotals() { return totals; }
    public ResultFilter getFilter() { return filter; }
    public void setFilter(ResultFilter filter) { this.filter = filter == null ? ResultFilter.ALL : filter; }
    public LazyDataModel<PayrollLineView> getLines() { return lines; }
    public List<PayrollLineView> getSelection() { return selection; }
    public void setSelection(List<PayrollLineView> selection) { this.selection = selection; }
    public String getTargets() { return targets; }
    public void setTargets(String targets) { this.targets = targets; }
    public String getResult() { return result; }
    public void setResult(String result) { this.result = result; }
    public Long getAmount() { return amount; }
    public void setAmount(Long amount) { this.amount = amount; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Integer getHistoryLineNumber() { return historyLineNumber; }
    public List<LineChangeView> getHistory() { return history; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public UploadEncoding getEncoding() { return encoding; }
    public void setEncoding(UploadEncoding encoding) { this.encoding = encoding; }
    public KeyKind getKeyKind() { return keyKind; }
    public void setKeyKind(KeyKind keyKind) { this.keyKind = keyKind; }
    public String getKeyColumn() { return keyColumn; }
    public void setKeyColumn(String keyColumn) { this.keyColumn = keyColumn; }
    public String getProductColumn() { return productColumn; }
    public void setProductColumn(String productColumn) { this.productColumn = productColumn; }
    public String getAmountColumn() { return amountColumn; }
    public void setAmountColumn(String amountColumn) { this.amountColumn = amountColumn; }
}
