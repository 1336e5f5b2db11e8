package jp.kojo.deduction.control;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import jp.kojo.deduction.boundary.LineChangeMark;
import jp.kojo.deduction.boundary.LineStatus;
import jp.kojo.deduction.boundary.LumpSumLineView;
import jp.kojo.deduction.control.PaymentRequestCalculator.LineAmount;
import jp.kojo.deduction.entity.NotDeductedReason;
import jp.kojo.deduction.entity.Product;
import jp.kojo.deduction.entity.ResultCode;

/** One organisation's lines of one cycle with their results, paged in the database. */
public class LumpSumLineQuery {
    private static final String FENCE = " WHERE l.organizationId = :org AND l.cycle.id = :cycle";

    private final EntityManager em;
    private final long organizationId;
    private final long cycleId;
    private PreviousCycle previous;

    public LumpSumLineQuery(EntityManager em, long organizationId, long cycleId) {
        this.em = em;
        this.organizationId = organizationId;
        this.cycleId = cycleId;
    }

    private static final String VIEW = "SELECT NEW jp.kojo.deduction.boundary.LumpSumLineView(l.id, l.version, "
            + "l.lineNumber, p.personNumber, p.employeeNumber, p.nameKana, p.nameKanji, l.product, l.requestedAmount, "
            + "l.resultCode, l.notDeductedReason, l.note, l.paymentStopped) FROM DeductionLine l JOIN l.person p";

    public List<LumpSumLineView> page(boolean notDeductedOnly, int first, int size) {
        return page(null, notDeductedOnly ? LineStatus.NOT_DEDUCTED : null, first, size);
    }

    /** One line of this organisation's cycle, as it is now; empty for any other line. */
    public Optional<LumpSumLineView> one(long lineId) {
        return em.createQuery(VIEW + FENCE + " AND l.id = :line", LumpSumLineView.class)
                .setParameter("org", organizationId)
                .setParameter("cycle", cycleId)
                .setParameter("line", lineId)
                .getResultStream().findFirst();
    }

    public long count(boolean notDeductedOnly) {
        return count(null, notDeductedOnly ? LineStatus.NOT_DEDUCTED : null);
    }

    /**
     * A page of the lines of one mark against the previous cycle and one status (null: any), in line order,
     * each marked by the same statement's join to the previous cycle.
     */
    public List<LumpSumLineView> page(LineChangeMark change, LineStatus status, int first, int size) {
        PreviousCycle prev = previous();
        return em.createQuery("SELECT l.id, l.version, l.lineNumber, p.personNumber, p.employeeNumber, p.nameKana, "
                        + "p.nameKanji, l.product, l.requestedAmount, l.resultCode, l.notDeductedReason, l.note, "
                        + "l.paymentStopped, prev.requestedAmount, prev.id FROM DeductionLine l JOIN l.person p"
                        + PreviousCycle.JOIN + FENCE + filter(change, status, prev) + " ORDER BY l.lineNumber", Object[].class)
                .setParameter("org", organizationId)
                .setParameter("cycle", cycleId)
                .setParameter("previous", prev.bindId())
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultStream()
                .map(r -> {
                    long amount = ((Number) r[8]).longValue();
                    // Tested by the previous line's id: EclipseLink reads a missing long as 0, not null.
                    Long previousAmount = r[14] == null ? null : ((Number) r[13]).longValue();
                    return new LumpSumLineView(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                            ((Number) r[2]).intValue(), (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                            (Product) r[7], amount, (ResultCode) r[9], (NotDeductedReason) r[10], (String) r[11],
                            Boolean.TRUE.equals(r[12]), LineChangeRule.mark(prev.exists(), previousAmount, amount),
                            previousAmount);
                })
                .toList();
    }

    public long count(LineChangeMark change, LineStatus status) {
        PreviousCycle prev = previous();
        return em.createQuery("SELECT COUNT(l) FROM DeductionLine l" + PreviousCycle.JOIN + FENCE
                        + filter(change, status, prev), Long.class)
                .setParameter("org", organizationId)
                .setParameter("cycle", cycleId)
                .setParameter("previous", prev.bindId())
                .getSingleResult();
    }

    private PreviousCycle previous() {
        if (previous == null) {
            previous = PreviousCycle.of(em, organizationId, cycleId);
        }
        return previous;
    }

    private static String filter(LineChangeMark change, LineStatus status, PreviousCycle prev) {
        return LineChangeRule.markCondition(change, prev.exists()) + LineChangeRule.statusCondition(status);
    }

    /** Whether the organisation has any line in the cycle (the fence of every cycle action). */
    public boolean any() {
        return !em.createQuery("SELECT l.id FROM DeductionLine l" + FENCE, Long.class)
                .setParameter("org", organizationId)
                .setParameter("cycle", cycleId)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** The payment request: every line's amount and result through the rule (four scalars a line). */
    public PaymentRequestCalculator calculator() {
        PaymentRequestCalculator calculator = new PaymentRequestCalculator();
        em.createQuery("SELECT l.product, l.requestedAmount, l.resultCode, l.paymentStopped FROM DeductionLine l"
                        + FENCE, Object[].class)
                .setParameter("org", organizationId)
                .setParameter("cycle", cycleId)
                .getResultStream()
                .forEach(row -> calculator.add(new LineAmount((Product) row[0], ((Number) row[1]).longValue(),
                        row[2] == ResultCode.NOT_DEDUCTED, Boolean.TRUE.equals(row[3]))));
        return calculator;
    }
}
