package jp.kojo.web.bank;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.kojo.deduction.boundary.LumpSumRefusedException;
import jp.kojo.deduction.boundary.LumpSumReopening;
import jp.kojo.deduction.boundary.NoSuchCycleException;
import jp.kojo.deduction.boundary.SentCycleView;
import jp.kojo.web.common.Messages;

/** まとめ入金の再開 (bank staff): a sent cycle of an organisation reopened for a recorded reason. */
@Named
@ViewScoped
public class LumpSumReopenPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    LumpSumReopening reopening;

    /** "organisationId:cycleId" of the chosen sent cycle. */
    private String chosen;
    private String reason;

    public List<SentCycleView> getSentCycles() {
        return reopening.sentCycles();
    }

    public void reopen() {
        try {
            String[] ids = chosen == null ? new String[0] : chosen.split(":");
            if (ids.length != 2) {
                throw new NoSuchCycleException(0);
            }
            reopening.reopen(Long.parseLong(ids[0]), Long.parseLong(ids[1]), reason);
            add(FacesMessage.SEVERITY_INFO, "bankLumpSum.reopened");
            chosen = null;
            reason = null;
        } catch (LumpSumRefusedException e) {
            // The reason typed stays in the form.
            add(FacesMessage.SEVERITY_ERROR, "lumpsum.refused." + e.refusal().name());
        } catch (NoSuchCycleException | NumberFormatException e) {
            add(FacesMessage.SEVERITY_ERROR, "bankLumpSum.noSuchCycle");
        }
    }

    private static void add(FacesMessage.Severity severity, String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, Messages.text(key), null));
    }

    public String getChosen() { return chosen; }
    public void setChosen(String chosen) { this.chosen = chosen; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
