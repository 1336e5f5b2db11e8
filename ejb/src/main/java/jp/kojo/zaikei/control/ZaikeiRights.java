package jp.kojo.zaikei.control;

import jp.kojo.account.boundary.ServiceAccess;
import jp.kojo.account.control.RightsRule;
import jp.kojo.account.entity.UserAccount;
import jp.kojo.organization.entity.ServiceKind;

/**
 * Who may do what in asset-formation savings (財形): the user's rights in the ZAIKEI service of its contract
 * ({@link RightsRule}). Bank staff, deleted users and employers without the service may do nothing.
 */
public final class ZaikeiRights {
    private ZaikeiRights() {
    }

    public static ServiceAccess access(UserAccount user) {
        if (user == null || user.getOrganization() == null || user.isDeleted()) {
            return ServiceAccess.none(ServiceKind.ZAIKEI);
        }
        return RightsRule.effective(user.getRole(), user.getOrganization().getServices(), user.getRights())
                .get(ServiceKind.ZAIKEI);
    }
}
