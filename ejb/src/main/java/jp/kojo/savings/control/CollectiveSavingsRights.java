package jp.kojo.savings.control;

import jp.kojo.account.boundary.ServiceAccess;
import jp.kojo.account.control.RightsRule;
import jp.kojo.account.entity.UserAccount;
import jp.kojo.organization.entity.ServiceKind;

/**
 * Who may do what in union-wide savings (一斉積立): the user's rights in the COLLECTIVE_SAVINGS service of its
 * contract ({@link RightsRule}). Bank staff, deleted users and unions without the service may do nothing.
 */
public final class CollectiveSavingsRights {
    private CollectiveSavingsRights() {
    }

    public static ServiceAccess access(UserAccount user) {
        if (user == null || user.getOrganization() == null || user.isDeleted()) {
            return ServiceAccess.none(ServiceKind.COLLECTIVE_SAVINGS);
        }
        return RightsRule.effective(user.getRole(), user.getOrganization().getServices(), user.getRights())
                .get(ServiceKind.COLLECTIVE_SAVINGS);
    }
}
