package jp.kojo.account.boundary;

import java.util.Map;
import jp.kojo.organization.entity.ServiceKind;

/**
 * What the logged-in user may do, service by service, and in the deduction service of its contract
 * (労金控除, whichever of まとめ入金型 and 賃金控除型 it has). Read anew for each request: a right taken away
 * counts from the next request.
 */
public record CallerRights(Map<ServiceKind, ServiceAccess> services, ServiceAccess deduction) {
    public static final CallerRights NONE = new CallerRights(Map.of(), ServiceAccess.none(ServiceKind.LUMP_SUM));

    public ServiceAccess of(ServiceKind service) {
        return services.getOrDefault(service, ServiceAccess.none(service));
    }

    /** For pages: {@code #{rights.mayView('ZAIKEI')}}. */
    public boolean mayView(String service) {
        return of(ServiceKind.valueOf(service)).view();
    }

    public boolean deductionView() {
        return deduction.view();
    }

    public boolean deductionUpdate() {
        return deduction.update();
    }

    public boolean deductionSend() {
        return deduction.send();
    }

    /** The organisation's deduction type is まとめ入金型. */
    public boolean lumpSum() {
        return deduction.service() == ServiceKind.LUMP_SUM && deduction.view();
    }

    /** The organisation's deduction type is 賃金控除型. */
    public boolean payroll() {
        return deduction.service() == ServiceKind.PAYROLL && deduction.view();
    }
}
