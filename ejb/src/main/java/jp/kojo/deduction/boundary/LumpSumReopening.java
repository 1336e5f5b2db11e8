package jp.kojo.deduction.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import jp.kojo.audit.control.AuditTarget;
import jp.kojo.audit.control.AuditTrail;
import jp.kojo.audit.entity.AuditAction;
import jp.kojo.deduction.control.CycleWorkflow;
import jp.kojo.deduction.control.OrganizationCycles;
import jp.kojo.deduction.entity.CycleStatus;
import jp.kojo.deduction.entity.OrganizationCycle;
import jp.kojo.organization.entity.Organization;
import jp.kojo.platform.Roles;

/** 再開 (bank staff): the sent lump-sum cycles, and reopening one for a reason that is recorded. */
@Stateless
@RolesAllowed(Roles.BANK_OPERATOR)
public class LumpSumReopening {
    private static final int REASON_MAX = 200;

    @PersistenceContext
    EntityManager em;

    @Resource
    EJBContext context;

    @Inject
    Clock clock;

    @Inject
    OrganizationCycles cycles;

    @Inject
    AuditTrail audit;

    /** Sent cycles, latest sent first. */
    public List<SentCycleView> sentCycles() {
        return em.createQuery("SELECT o, g FROM OrganizationCycle o, Organization g WHERE g.id = o.organizationId "
                        + "AND o.status = :sent ORDER BY o.sentAt DESC", Object[].class)
                .setParameter("sent", CycleStatus.SENT)
                .setMaxResults(500)
                .getResultStream()
                .map(row -> {
                    OrganizationCycle o = (OrganizationCycle) row[0];
                    Organization g = (Organization) row[1];
                    return new SentCycleView(g.getId(), g.getContractNumber(), g.getName(), o.getCycle().getId(),
                            o.getCycle().getYearMonth(), o.getCycle().getKind(), o.getPaymentDate(), o.getSentBy(),
                            o.getSentAt());
                })
                .toList();
    }

    /** Reopens a sent cycle: the organisation can change lines again and must approve and send anew. */
    public void reopen(long organizationId, long cycleId, String reason) {
        OrganizationCycle found = cycles.find(organizationId, cycleId).orElseThrow(() -> new NoSuchCycleException(cycleId));
        String why = reason == null ? null : reason.strip();
        if (why != null && why.length() > REASON_MAX) {
            throw new LumpSumRefusedException(LumpSumRefusal.REASON_FOR_REOPEN_REQUIRED);
        }
        OrganizationCycle oc = cycles.locked(organizationId, found.getCycle());
        CycleStatus next;
        try {
            next = CycleWorkflow.reopen(oc.getStatus(), why);
        } catch (CycleWorkflow.RefusedException e) {
            throw new LumpSumRefusedException(e.refusal() == CycleWorkflow.Refusal.REASON_REQUIRED
                    ? LumpSumRefusal.REASON_FOR_REOPEN_REQUIRED : LumpSumRefusal.valueOf(e.refusal().name()));
        }
        oc.reopened(next, context.getCallerPrincipal().getName(), why, LocalDateTime.now(clock));
        Organization organization = em.find(Organization.class, organizationId);
        audit.record(AuditAction.CYCLE_REOPENED, AuditTarget.organization(organizationId,
                organization.getContractNumber()).cycle(cycleId), why, null,
                oc.getCycle().getYearMonth() + " " + oc.getCycle().getKind());
    }
}
