package jp.kojo.deduction.control;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import jp.kojo.deduction.boundary.LumpSumLineView;
import jp.kojo.deduction.control.PaymentRequestCalculator.LineAmount;
import jp.kojo.deduction.entity.Product;
import jp.kojo.deduction.entity.ResultCode;

/** One organisation's lines of one cycle with their results, paged in the database. */
public class LumpSumLineQuery {
    private static final String FENCE = " WHERE l.organizationId = :org AND l.cycle.id = :cycle";

    private final EntityManager em;
    private final long organizationId;
    private final long cycleId;

    public LumpSumLineQuery(EntityManager em, long organizationId, long cycleId) {
        this.em = em;
        this.organizationId = organizationId;
        this.cycleId = cycleId;
    }

    private static final String VIEW = "SELECT NEW jp.kojo.deduction.boundary.LumpSumLineView(l.id, l.version, "
            + "l.lineNumber, p.personNumber, p.employeeNumber, p.nameKana, p.nameKanji, l.product, l.requestedAmount, "
            + "l.resultCode, l.notDeductedReason, l.note, l.paymentStopped) FROM DeductionLine l JOIN l.person p";

    public List<LumpSumLineView> page(boolean notDeductedOnly, int first, int size) {
        return em.createQuery(VIEW + FENCE + only(notDeductedOnly) + " ORDER BY l.lineNumber", LumpSumLineView.class)
                .setParameter("org", organizationId)
                .setParameter("cycle", cycleId)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
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
        return em.createQuery("SELECT COUNT(l) FROM DeductionLine l" + FENCE + only(notDeductedOnly), Long.class)
                .setParameter("org", organizationId)
                .setParameter("cycle", cycleId)
                .getSingleResult();
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

    private static String only(boolean notDeductedOnly) {
        return notDeductedOnly ? " AND (l.resultCode = jp.kojo.deduction.entity.ResultCode.NOT_DEDUCTED "
                + "OR l.paymentStopped = TRUE)" : "";
    }
}
