package jp.kojo.web.deduction;

import java.io.Serializable;
import java.util.Arrays;
import jp.kojo.deduction.boundary.InquirySummary;
import jp.kojo.deduction.boundary.LineChangeMark;
import jp.kojo.deduction.boundary.LineStatus;
import jp.kojo.web.common.Messages;

/**
 * 照会 on a list page: the chosen mark against the previous cycle and status (by name, blank for any), and the
 * texts of the summary above the list. Unknown names filter nothing rather than fail.
 */
public class InquiryChoice implements Serializable {
    private static final long serialVersionUID = 1L;

    private String change;
    private String status;

    public LineChangeMark change() {
        return Arrays.stream(LineChangeMark.values()).filter(m -> m.name().equals(change)).findFirst().orElse(null);
    }

    public LineStatus status() {
        return Arrays.stream(LineStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
    }

    public void clear() {
        change = null;
        status = null;
    }

    /** e.g. 2026年10月と比較: 新規 3件・変更 1件・終了 2件, or that there is nothing to compare with. */
    public static String comparison(InquirySummary summary) {
        if (summary == null || !summary.compared()) {
            return Messages.text("inquiry.noPrevious");
        }
        return Messages.text("inquiry.comparison", summary.previousYearMonth().getYear(),
                summary.previousYearMonth().getMonthValue(), summary.newCount(), summary.changedCount(),
                summary.endedCount());
    }

    public LineChangeMark[] getChanges() { return LineChangeMark.values(); }
    public LineStatus[] getStatuses() { return LineStatus.values(); }
    public String getChange() { return change; }
    public void setChange(String change) { this.change = change; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
}
