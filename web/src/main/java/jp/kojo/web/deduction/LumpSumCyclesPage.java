package jp.kojo.web.deduction;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import jp.kojo.deduction.boundary.LumpSumCycles;
import jp.kojo.deduction.boundary.OrganizationCycleView;

/** まとめ入金: the organisation's cycles with status, payment date, cut-off and business days left. */
@Named
@RequestScoped
public class LumpSumCyclesPage {
    @EJB
    LumpSumCycles lumpSum;

    private List<OrganizationCycleView> cycles;

    @PostConstruct
    void init() {
        cycles = lumpSum.overview();
    }

    public List<OrganizationCycleView> getCycles() { return cycles; }
}
