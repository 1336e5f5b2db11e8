package jp.kojo.web.portal;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import jp.kojo.deduction.boundary.LumpSumCycles;
import jp.kojo.deduction.boundary.MonthTotal;
import jp.kojo.deduction.boundary.OrganizationCycleView;
import jp.kojo.web.common.Messages;

/**
 * The dashboard on an organisation user's menu: open cycles with status and business days left to the
 * cut-off, and a bar chart of the last 13 months' requested and not-deducted totals (with the same figures as a
 * table for screen readers and print). A user without the view right sees no dashboard.
 */
@Named
@RequestScoped
public class MenuDashboard {
    static final int MONTHS = 13;

    @EJB
    LumpSumCycles lumpSum;

    private List<OrganizationCycleView> openCycles;
    private List<MonthTotal> months;

    public boolean isShown() {
        if (!FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ORG_USER")) {
            return false;
        }
        try {
            load();
            return true;
        } catch (EJBAccessException noViewRight) {
            return false;
        }
    }

    private void load() {
        if (months == null) {
            openCycles = lumpSum.openCycles();
            months = lumpSum.monthlyTotals(MONTHS);
        }
    }

    public List<OrganizationCycleView> getOpenCycles() {
        load();
        return openCycles;
    }

    public List<MonthTotal> getMonths() {
        load();
        return months;
    }

    /** The chart's Chart.js configuration, as PrimeFaces' {@code p:chart} takes it. */
    public String getChart() {
        load();
        boolean english = "en".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
        return MonthChart.json(months, english, Messages.text("dashboard.requested"), Messages.text("dashboard.notDeducted"),
                Messages.text("dashboard.chartAxis"));
    }
}
