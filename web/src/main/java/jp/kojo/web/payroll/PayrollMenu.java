package jp.kojo.web.payroll;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jp.kojo.deduction.boundary.PayrollCycles;

/** Whether the caller's organisation uses the payroll type: the menu and the cycle list link to its pages then. */
@Named
@RequestScoped
public class PayrollMenu {
    @EJB
    PayrollCycles payroll;

    private Boolean available;

    public boolean isAvailable() {
        if (available == null) {
            available = payroll.available();
        }
        return available;
    }
}
