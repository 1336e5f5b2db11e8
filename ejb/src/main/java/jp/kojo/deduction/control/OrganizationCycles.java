package jp.kojo.deduction.control;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.Optional;
import jp.kojo.calendar.boundary.ServiceCalendar;
import jp.kojo.deduction.boundary.OrganizationCycleView;
import jp.kojo.deduction.entity.DeductionCycle;
import jp.kojo.deduction.entity.OrganizationCycle;
import jp.kojo.organization.control.CutOffSettings;
import jp.kojo.organization.entity.Organization;
import jp.kojo.organization.entity.ServiceKind;

/**
 * Finds an organisation's cycle, making it on first use: payment date the cycle's deduction date, cut-off by the
 * contract's setting (else {@link CutOffRule#DEFAULT}) counted with the service calendar on that day.
 */
@Dependent
public class OrganizationCycles {
    @PersistenceContext
    EntityManager em;

    @Inject
    ServiceCalendar calendar;

    @Inject
    OrganizationCycleCreator creator;

    @Inject
    CutOffSettings cutOffSettings;

    public OrganizationCycle findOrCreate(long organizationId, DeductionCycle cycle) {
        Optional<OrganizationCycle> found = find(organizationId, cycle.getId());
        if (found.isPresent()) {
            return found.get();
        }
        LocalDate payment = cycle.getDeductionDate();
        LocalDate cutOff = calendar.businessDaysBefore(payment, cutOffDays(organizationId));
        try {
            creator.create(organizationId, cycle.getId(), payment, cutOff);
        } catch (EJBException | PersistenceException raced) {
            // Another request made it first (unique organisation + cycle): use theirs.
        }
        return find(organizationId, cycle.getId())
                .orElseThrow(() -> new IllegalStateException("Organisation cycle not made: " + cycle.getId()));
    }

    /** The contract's cut-off (団体・契約管理), else {@link CutOffRule#DEFAULT}; payroll-type contracts by theirs. */
    private int cutOffDays(long organizationId) {
        Organization organization = em.find(Organization.class, organizationId);
        ServiceKind service = organization != null && organization.getServices().contains(ServiceKind.PAYROLL)
                ? ServiceKind.PAYROLL : ServiceKind.LUMP_SUM;
        return new CutOffRule(cutOffSettings.businessDaysBefore(organizationId, service)).businessDaysBefore();
    }

    /** The cycle row locked until the transaction ends, so line saves, approval and sending follow one another. */
    public OrganizationCycle locked(long organizationId, DeductionCycle cycle) {
        OrganizationCycle oc = findOrCreate(organizationId, cycle);
        em.lock(oc, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(oc);
        return oc;
    }

    public Optional<OrganizationCycle> find(long organizationId, long cycleId) {
        return em.createNamedQuery(OrganizationCycle.OF, OrganizationCycle.class)
                .setParameter("org", organizationId)
                .setParameter("cycle", cycleId)
                .getResultStream().findFirst();
    }

    public boolean cutOffOpen(OrganizationCycle oc) {
        return CutOffRule.DEFAULT.open(calendar.today(), oc.getCutOffDate());
    }

    public OrganizationCycleView view(OrganizationCycle oc, boolean mayUpdate, boolean maySend) {
        boolean open = cutOffOpen(oc);
        int left = open ? Math.max(0, calendar.businessDaysUntil(oc.getCutOffDate())) : 0;
        DeductionCycle c = oc.getCycle();
        return new OrganizationCycleView(c.getId(), c.getYearMonth(), c.getKind(), oc.getPaymentDate(),
                oc.getCutOffDate(), oc.getStatus(), left, !open, oc.getLastChangedBy(), oc.getLastChangedAt(),
                oc.getApprovedBy(), oc.getApprovedAt(), oc.isApprovedAlone(), oc.getSentBy(), oc.getSentAt(),
                oc.getReopenedBy(), oc.getReopenedAt(), oc.getReopenReason(), mayUpdate, maySend);
    }
}
