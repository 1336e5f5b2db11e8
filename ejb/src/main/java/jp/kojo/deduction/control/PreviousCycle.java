package jp.kojo.deduction.control;

import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import jp.kojo.deduction.entity.DeductionCycle;

/**
 * The cycle a list is compared with: the organisation's latest earlier cycle of the same kind (monthly with
 * monthly, bonus with bonus) that holds lines of it. Found once per query, so the lines themselves are
 * compared in one statement with a join ({@link #JOIN}), never line by line.
 */
public record PreviousCycle(Long id, YearMonth yearMonth) {
    static final PreviousCycle NONE = new PreviousCycle(null, null);

    /**
     * Left join of a current line {@code l} to the previous cycle's line of the same person and product. The
     * request load refuses a file with two lines of one person and product for an organisation, so at most
     * one row joins.
     */
    static final String JOIN = " LEFT JOIN DeductionLine prev ON prev.organizationId = l.organizationId "
            + "AND prev.cycle.id = :previous AND prev.personId = l.personId AND prev.product = l.product ";

    public static PreviousCycle of(EntityManager em, long organizationId, long cycleId) {
        DeductionCycle cycle = em.find(DeductionCycle.class, cycleId);
        if (cycle == null) {
            return NONE;
        }
        return em.createQuery("SELECT c FROM DeductionCycle c WHERE c.kind = :kind AND c.yearMonth < :yearMonth "
                        + "AND EXISTS (SELECT l.id FROM DeductionLine l WHERE l.cycle = c AND l.organizationId = :org) "
                        + "ORDER BY c.yearMonth DESC", DeductionCycle.class)
                .setParameter("kind", cycle.getKind())
                .setParameter("yearMonth", cycle.getYearMonth().toString())
                .setParameter("org", organizationId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(c -> new PreviousCycle(c.getId(), c.getYearMonth()))
                .orElse(NONE);
    }

    public boolean exists() {
        return id != null;
    }

    /** The id to bind to {@code :previous}; one no cycle has when there is no previous cycle. */
    long bindId() {
        return id == null ? -1L : id;
    }
}
