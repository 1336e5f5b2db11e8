package jp.kojo.web.deduction;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.kojo.deduction.boundary.DeductionLineView;
import jp.kojo.deduction.boundary.InquirySummary;
import jp.kojo.deduction.boundary.LineChangeView;
import jp.kojo.deduction.boundary.LineFilter;
import jp.kojo.deduction.boundary.LineRef;
import jp.kojo.deduction.boundary.LumpSumCycles;
import jp.kojo.deduction.boundary.LumpSumLineView;
import jp.kojo.deduction.boundary.LumpSumRefusal;
import jp.kojo.deduction.boundary.LumpSumRefusedException;
import jp.kojo.deduction.boundary.NoSuchCycleException;
import jp.kojo.deduction.boundary.OrganizationCycleView;
import jp.kojo.deduction.boundary.PaymentRequestTotals;
import jp.kojo.deduction.entity.NotDeductedReason;
import jp.kojo.web.common.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * まとめ入金 of one cycle ({@code /deduction/cycle.xhtml?cycle=N}): lines marked not deducted one by one or as a
 * selection, their history, the payment request, approval and sending. The mark form carries the versions
 * the user saw ({@code id:version,...}); a refused save keeps what the user typed.
 */
@Named
@ViewScoped
public class LumpSumCyclePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    LumpSumCycles lumpSum;

    private Long cycleId;
    private OrganizationCycleView cycle;
    private PaymentRequestTotals totals;
    private final InquiryChoice inquiry = new InquiryChoice();
    private InquirySummary summary;
    private final Lines lines = new Lines();
    private final EndedLines endedLines = new EndedLines();
    private List<LumpSumLineView> selection = new ArrayList<>();
    private String targets;
    private String reason;
    private String note;
    private boolean paymentStop;
    private Integer historyLineNumber;
    private List<LineChangeView> history = List.of();

    /** View action of the first request: another organisation's cycle answers 404 like a missing one. */
    public void load() throws IOException {
        try {
            if (cycleId == null) {
                throw new NoSuchCycleException(0);
            }
            refresh();
        } catch (NoSuchCycleException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    private void refresh() {
        cycle = lumpSum.cycle(cycleId);
        totals = lumpSum.paymentRequest(cycleId).totals();
        summary = lumpSum.inquiry(cycleId);
    }

    /** Query string of a download of the lines the filter shows (the request list's export of this cycle). */
    public String exportQuery(String format) {
        StringBuilder query = new StringBuilder("?cycle=").append(cycleId).append("&format=").append(format);
        if (inquiry.change() != null) {
            query.append("&change=").append(inquiry.change().name());
        }
        if (inquiry.status() != null) {
            query.append("&status=").append(inquiry.status().name());
        }
        return query.toString();
    }

    public boolean isEndedShown() {
        return summary != null && summary.compared()
                && new LineFilter(null, null, null, null, inquiry.change(), inquiry.status()).endedLinesShown();
    }

    public String getComparison() {
        return InquiryChoice.comparison(summary);
    }

    public void editLine(LumpSumLineView line) {
        targets = line.id() + ":" + line.version();
        reason = line.reason() == null ? null : line.reason().name();
        note = line.note();
        paymentStop = line.paymentStopped();
    }

    public void editSelection() {
        if (selection == null || selection.isEmpty()) {
            LumpSumMessages.refused(new LumpSumRefusedException(LumpSumRefusal.NOTHING_SELECTED));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        targets = selection.stream().map(l -> l.id() + ":" + l.version()).collect(Collectors.joining(","));
        reason = null;
        note = null;
        paymentStop = false;
    }

    /** Saves the mark; on a refusal the dialog stays open with the typed values (validation failed). */
    public void save() {
        List<LineRef> refs = new ArrayList<>();
        try {
            refs.addAll(refs());
            lumpSum.markSelection(refs, reason == null || reason.isBlank() ? null : NotDeductedReason.valueOf(reason),
                    note, paymentStop);
            Messages.info("lumpsum.saved", refs.size());
            selection = new ArrayList<>();
            targets = null;
            refresh();
        } catch (LumpSumRefusedException refused) {
            LumpSumMessages.refused(refused);
            if (refused.refusal() == LumpSumRefusal.STALE) {
                // Told that someone saved first, the user may save again on top of the current lines.
                targets = lumpSum.currentVersions(refs.stream().map(LineRef::id).toList()).stream()
                        .map(r -> r.id() + ":" + r.version()).collect(Collectors.joining(","));
            }
            FacesContext.getCurrentInstance().validationFailed();
        } catch (IllegalArgumentException badInput) {
            LumpSumMessages.refused(new LumpSumRefusedException(LumpSumRefusal.REASON_REQUIRED));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void clearLine(LumpSumLineView line) {
        try {
            lumpSum.clear(line.id(), line.version());
            Messages.info("lumpsum.cleared", line.lineNumber());
            refresh();
        } catch (LumpSumRefusedException refused) {
            LumpSumMessages.refused(refused);
        }
    }

    public void showHistory(LumpSumLineView line) {
        historyLineNumber = line.lineNumber();
        history = lumpSum.history(line.id());
    }

    public void approve() {
        try {
            cycle = lumpSum.approve(cycleId);
            Messages.info(cycle.approvedAlone() ? "lumpsum.approvedAlone" : "lumpsum.approved");
        } catch (LumpSumRefusedException refused) {
            LumpSumMessages.refused(refused);
        }
    }

    public void send() {
        try {
            cycle = lumpSum.send(cycleId);
            Messages.info("lumpsum.sent");
        } catch (LumpSumRefusedException refused) {
            LumpSumMessages.refused(refused);
        }
    }

    private List<LineRef> refs() {
        if (targets == null || targets.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(targets.split(",")).map(String::strip).map(t -> t.split(":"))
                    .map(p -> new LineRef(Long.parseLong(p[0]), Long.parseLong(p[1]))).toList();
        } catch (RuntimeException malformed) {
            throw new LumpSumRefusedException(LumpSumRefusal.NO_SUCH_LINE);
        }
    }

    /** A recorded value as the user reads it: result and reason by name, payment stop as yes or no. */
    public String historyValue(String field, String value) {
        if (value == null) {
            return "－";
        }
        return switch (field) {
            case "result" -> Messages.text("lumpsum.result." + value);
            case "reason" -> Messages.text("lumpsum.reason." + value);
            case "paymentStopped" -> Messages.text("lumpsum.paymentStopped." + value);
            default -> value;
        };
    }

    public NotDeductedReason[] getReasons() {
        return NotDeductedReason.values();
    }

    private final class Lines extends LazyDataModel<LumpSumLineView> {
        private static final long serialVersionUID = 1L;
        private List<LumpSumLineView> loaded = List.of();

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return cycleId == null || cycle == null ? 0
                    : (int) lumpSum.lines(cycleId, inquiry.change(), inquiry.status(), 0, 1).count();
        }

        @Override
        public List<LumpSumLineView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                          Map<String, FilterMeta> filterBy) {
            loaded = cycleId == null || cycle == null ? List.of()
                    : lumpSum.lines(cycleId, inquiry.change(), inquiry.status(), first, pageSize).lines();
            return loaded;
        }

        @Override
        public String getRowKey(LumpSumLineView line) {
            return String.valueOf(line.id());
        }

        @Override
        public LumpSumLineView getRowData(String rowKey) {
            return loaded.stream().filter(l -> String.valueOf(l.id()).equals(rowKey)).findFirst().orElse(null);
        }
    }

    /** The previous cycle's lines with none now, apart from the lines (nothing to mark on them). */
    private final class EndedLines extends LazyDataModel<DeductionLineView> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return cycleId == null || cycle == null ? 0 : (int) lumpSum.endedLines(cycleId, 0, 1).matching();
        }

        @Override
        public List<DeductionLineView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                            Map<String, FilterMeta> filterBy) {
            return cycleId == null || cycle == null ? List.of() : lumpSum.endedLines(cycleId, first, pageSize).lines();
        }

        @Override
        public String getRowKey(DeductionLineView line) {
            return String.valueOf(line.id());
        }
    }

    public InquiryChoice getInquiry() { return inquiry; }
    public InquirySummary getSummary() { return summary; }
    public LazyDataModel<DeductionLineView> getEndedLines() { return endedLines; }
    public Long getCycleId() { return cycleId; }
    public void setCycleId(Long cycleId) { this.cycleId = cycleId; }
    public OrganizationCycleView getCycle() { return cycle; }
    public PaymentRequestTotals getTotals() { return totals; }
    public LazyDataModel<LumpSumLineView> getLines() { return lines; }
    public List<LumpSumLineView> getSelection() { return selection; }
    public void setSelection(List<LumpSumLineView> selection) { this.selection = selection; }
    public String getTargets() { return targets; }
    public void setTargets(String targets) { this.targets = targets; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public boolean isPaymentStop() { return paymentStop; }
    public void setPaymentStop(boolean paymentStop) { this.paymentStop = paymentStop; }
    public Integer getHistoryLineNumber() { return historyLineNumber; }
    public List<LineChangeView> getHistory() { return history; }
}
