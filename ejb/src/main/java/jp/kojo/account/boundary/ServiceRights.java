package jp.kojo.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jp.kojo.account.control.CallerAccount;
import jp.kojo.account.control.RightsRule;
import jp.kojo.account.entity.UserAccount;
import jp.kojo.deduction.control.DeductionRights;

/** The caller's rights, for menus and for the web's 403 on a service's pages (services check them again). */
@Stateless
@PermitAll
public class ServiceRights {
    @Inject
    CallerAccount caller;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CallerRights caller() {
        UserAccount user = caller.find().orElse(null);
        if (user == null || user.getOrganization() == null || user.isDeleted()) {
            return CallerRights.NONE;
        }
        return new CallerRights(RightsRule.effective(user.getRole(), user.getOrganization().getServices(),
                user.getRights()), DeductionRights.access(user));
    }
}
