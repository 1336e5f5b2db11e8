package jp.kojo.deduction.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import jp.kojo.account.control.CallerOrganization;
import jp.kojo.deduction.control.DeductionCsvWriter;
import jp.kojo.deduction.control.DeductionListQuery;
import jp.kojo.deduction.control.DeductionPdfWriter;
import jp.kojo.deduction.entity.DeductionCycle;
import jp.kojo.organization.entity.Organization;
import jp.kojo.platform.CsvEncoding;

/**
 * 控除依頼リスト照会: the caller's organisation's request lists. Every call is fenced by the caller's
 * organisation; a cycle id that holds nothing of it answers like a cycle that does not exist.
 */
@Stateless
@RolesAllowed(jp.kojo.platform.Roles.ORG_USER)
public class DeductionRequests {
    private static final int EXPORT_BATCH = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerOrganization caller;

    @Inject
    Clock clock;

    /** The cycles the caller's organisation has request lines in, newest first. */
    public List<CycleView> cycles() {
        return em.createQuery("SELECT DISTINCT c FROM DeductionCycle c WHERE EXISTS (SELECT l.id FROM DeductionLine l "
                        + "WHERE l.cycle = c AND l.organizationId = :org)", DeductionCycle.class)
                .setParameter("org", caller.id())
                .getResultList().stream()
                .map(c -> new CycleView(c.getId(), c.getYearMonth(), c.getKind(), c.getDeductionDate()))
                .sorted((a, b) -> {
                    int byMonth = b.yearMonth().compareTo(a.yearMonth());
                    return byMonth != 0 ? byMonth : a.kind().compareTo(b.kind());
                })
                .toList();
    }

    public DeductionListHeader header(long cycleId) {
        Organization organization = caller.get();
        DeductionCycle cycle = ownCycle(organization, cycleId);
        List<ProductTotal> totals = new DeductionListQuery(em, organization.getId(), cycleId, null).totals();
        return new DeductionListHeader(organization.getContractNumber(), organization.getName(),
                cycle.getYearMonth(), cycle.getKind(), cycle.getDeductionDate(), LocalDateTime.now(clock), totals);
    }

    public LinePage page(long cycleId, LineFilter filter, LineSort sort, boolean ascending, int first, int size) {
        Organization organization = caller.get();
        ownCycle(organization, cycleId);
        DeductionListQuery query = new DeductionListQuery(em, organization.getId(), cycleId, filter);
        int pageSize = Math.max(1, Math.min(size, 500));
        return new LinePage(query.page((sort == null ? LineSort.LINE_NUMBER : sort).path(), ascending,
                Math.max(0, first), pageSize), query.count());
    }

    /** 照会: the previous cycle's lines with none now that the filter keeps, listed apart from the lines. */
    public LinePage ended(long cycleId, LineFilter filter, int first, int size) {
        Organization organization = caller.get();
        ownCycle(organization, cycleId);
        DeductionListQuery query = new DeductionListQuery(em, organization.getId(), cycleId, filter);
        int pageSize = Math.max(1, Math.min(size, 500));
        return new LinePage(query.endedPage(Math.max(0, first), pageSize), query.endedCount());
    }

    /** 照会: lines not deducted with their amount, and the counts of new, changed and ended lines. */
    public InquirySummary summary(long cycleId) {
        Organization organization = caller.get();
        ownCycle(organization, cycleId);
        return new DeductionListQuery(em, organization.getId(), cycleId, null).summary();
    }

    public long count(long cycleId, LineFilter filter) {
        Organization organization = caller.get();
        ownCycle(organization, cycleId);
        return new DeductionListQuery(em, organization.getId(), cycleId, filter).count();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void exportCsv(long cycleId, LineFilter filter, CsvEncoding encoding, OutputStream out) {
        DeductionListHeader header = header(cycleId);
        try {
            DeductionCsvWriter.write(header, lines(cycleId, filter), encoding, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void exportPdf(long cycleId, LineFilter filter, OutputStream out) {
        DeductionListHeader header = header(cycleId);
        try {
            DeductionPdfWriter.write(header, lines(cycleId, filter), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Iterable<DeductionLineView> lines(long cycleId, LineFilter filter) {
        return new DeductionListQuery(em, caller.id(), cycleId, filter).streamByLineNumber(EXPORT_BATCH);
    }

    private DeductionCycle ownCycle(Organization organization, long cycleId) {
        DeductionCycle cycle = em.find(DeductionCycle.class, cycleId);
        boolean hasLines = cycle != null && !em.createQuery("SELECT l.id FROM DeductionLine l "
                        + "WHERE l.organizationId = :org AND l.cycle.id = :cycle", Long.class)
                .setParameter("org", organization.getId())
                .setParameter("cycle", cycleId)
                .setMaxResults(1)
                .getResultList().isEmpty();
        if (!hasLines) {
            throw new NoSuchCycleException(cycleId);
        }
        return cycle;
    }
}
