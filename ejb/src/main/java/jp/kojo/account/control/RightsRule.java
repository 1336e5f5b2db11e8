package jp.kojo.account.control;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import jp.kojo.account.boundary.ServiceAccess;
import jp.kojo.account.entity.ServiceRight;
import jp.kojo.account.entity.UserRole;
import jp.kojo.organization.entity.ServiceKind;

/**
 * Who may do what in which service. A master may do everything in every service of its contract; a general
 * user what its master granted, service by service, and only in services of the contract. Update and send
 * each need view: a grant of either brings view with it. Bank staff have no organisation services.
 */
public final class RightsRule {
    /** A contract has one master and at most this many general users. */
    public static final int MAX_GENERAL_USERS = 19;

    private RightsRule() {
    }

    public static Map<ServiceKind, ServiceAccess> effective(UserRole role, Set<ServiceKind> contracted,
                                                             Set<ServiceRight> granted) {
        Map<ServiceKind, ServiceAccess> access = new EnumMap<>(ServiceKind.class);
        for (ServiceKind service : ServiceKind.values()) {
            access.put(service, ServiceAccess.none(service));
        }
        if (role == null || !role.belongsToOrganization()) {
            return access;
        }
        for (ServiceKind service : contracted) {
            access.put(service, role == UserRole.MASTER ? ServiceAccess.all(service) : ServiceAccess.none(service));
        }
        if (role == UserRole.GENERAL) {
            for (ServiceRight right : granted) {
                if (contracted.contains(right.getService())) {
                    access.put(right.getService(), normal(right.getService(), right.isView(), right.isUpdate(), right.isSend()));
                }
            }
        }
        return access;
    }

    /** A grant as stored: view whenever update or send is granted. */
    public static ServiceAccess normal(ServiceKind service, boolean view, boolean update, boolean send) {
        return new ServiceAccess(service, view || update || send, update, send);
    }

    /** Whether one more general user fits the contract. */
    public static boolean roomForAnotherGeneralUser(long generalUsers) {
        return generalUsers < MAX_GENERAL_USERS;
    }
}
