package jp.kojo.deduction.control;

import jp.kojo.account.entity.UserRole;

/**
 * Who may do what in the deduction services: the one place to replace when per-service rights (照会・更新・送信,
 * granted by the master) arrive with the accounts work. Until then a master user holds every right and a
 * general user may view and update but not send.
 */
public final class DeductionRights {
    private DeductionRights() {
    }

    public static boolean mayView(UserRole role) {
        return role != null && role.belongsToOrganization();
    }

    public static boolean mayUpdate(UserRole role) {
        return mayView(role);
    }

    public static boolean maySend(UserRole role) {
        return role == UserRole.MASTER;
    }

    /**
     * How many users count for dual control ({@link CycleWorkflow#approve}): the issue lets only an organisation
     * with a single user approve its own change, so all its users count, not only those with the send right.
     */
    public static int usersForDualControl(long organizationUsers) {
        return (int) Math.min(Integer.MAX_VALUE, organizationUsers);
    }
}
