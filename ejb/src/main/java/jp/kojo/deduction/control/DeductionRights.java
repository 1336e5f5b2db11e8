package jp.kojo.deduction.control;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import jp.kojo.account.boundary.ServiceAccess;
import jp.kojo.account.control.RightsRule;
import jp.kojo.account.entity.UserAccount;
import jp.kojo.organization.entity.ServiceKind;

/**
 * Who may do what in the deduction services (労金控除: まとめ入金型 or 賃金控除型): the user's rights in the
 * deduction service of its contract ({@link RightsRule}: a master everything, a general user what its master
 * granted). Bank staff, deleted users and users of an organisation without a deduction service may do nothing.
 */
public final class DeductionRights {
    static final Set<ServiceKind> DEDUCTION_SERVICES = EnumSet.of(ServiceKind.LUMP_SUM, ServiceKind.PAYROLL);

    private DeductionRights() {
    }

    public static boolean mayView(UserAccount user) {
        return access(user).view();
    }

    public static boolean mayUpdate(UserAccount user) {
        return access(user).update();
    }

    public static boolean maySend(UserAccount user) {
        return access(user).send();
    }

    /** The user's rights in its contract's deduction service(s), joined. */
    public static ServiceAccess access(UserAccount user) {
        if (user == null || user.getOrganization() == null || user.isDeleted()) {
            return ServiceAccess.none(ServiceKind.LUMP_SUM);
        }
        Map<ServiceKind, ServiceAccess> all = RightsRule.effective(user.getRole(), user.getOrganization().getServices(),
                user.getRights());
        boolean view = false;
        boolean update = false;
        boolean send = false;
        ServiceKind service = ServiceKind.LUMP_SUM;
        for (ServiceKind kind : DEDUCTION_SERVICES) {
            ServiceAccess access = all.get(kind);
            if (user.getOrganization().getServices().contains(kind)) {
                service = kind;
            }
            view |= access.view();
            update |= access.update();
            send |= access.send();
        }
        return new ServiceAccess(service, view, update, send);
    }

    /**
     * How many users count for dual control ({@link CycleWorkflow#approve}): the issue lets only an organisation
     * with a single user approve its own change, so all its users count, not only those with the send right.
     */
    public static int usersForDualControl(long organizationUsers) {
        return (int) Math.min(Integer.MAX_VALUE, organizationUsers);
    }
}
