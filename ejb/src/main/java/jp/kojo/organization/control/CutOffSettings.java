package jp.kojo.organization.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kojo.organization.entity.ContractCutOff;
import jp.kojo.organization.entity.ServiceKind;

/** The cut-off a contract has for a service: the bank's setting for it, else the service's default. */
@Dependent
public class CutOffSettings {
    @PersistenceContext
    EntityManager em;

    /** Business days before the payment (deposit) date; for a service with a deadline only. */
    public int businessDaysBefore(long organizationId, ServiceKind service) {
        ContractCutOff setting = em.find(ContractCutOff.class, new ContractCutOff.Key(organizationId, service));
        if (setting != null) {
            return setting.getBusinessDaysBefore();
        }
        return ContractRules.defaultCutOff(service)
                .orElseThrow(() -> new IllegalArgumentException("No deadline in " + service));
    }
}
