package jp.kojo.deduction.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.kojo.deduction.boundary.PayrollLineView;
import jp.kojo.deduction.boundary.PayrollProductTotal;
import jp.kojo.deduction.boundary.PayrollTotals;
import jp.kojo.deduction.boundary.ResultFilter;
import jp.kojo.deduction.control.ResultMatcher.LineKey;
import jp.kojo.deduction.entity.Product;
import jp.kojo.deduction.entity.ResultCode;

/** One organisation's payroll lines of one cycle with their results: paged and filtered in the database, totals. */
public class PayrollLineQuery {
    private static final String FENCE = " WHERE l.organizationId = :org AND l.cycle.id = :cycle";
    private static final String CODE = "jp.kojo.deduction.entity.ResultCode.";
    /** A line as the result list shows it. */
    private static final String VIEW = "SELECT NEW jp.kojo.deduction.boundary.PayrollLineView(l.id, l.version, "
            + "l.lineNumber, p.personNumber, p.employeeNumber, p.nameKana, p.nameKanji, l.product, l.requestedAmount, "
            + "l.resultCode, l.deductedAmount, l.notDeductedReason, l.note) FROM DeductionLine l JOIN l.person p";

    private final EntityManager em;
    private final long organizationId;
    private final long cycleId;

    public PayrollLineQuery(EntityManager em, long organizationId, long cycleId) {
        this.em = em;
        this.organizationId = organizationId;
        this.cycleId = cycleId;
    }

    public List<PayrollLineView> page(ResultFilter filter, int first, int size) {
        return fenced(em.createQuery(VIEW + FENCE + where(filter) + " ORDER BY l.lineNumber", PayrollLineView.class))
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    /** One line of the organisation's cycle, or empty when the cycle holds no such line of the organisation. */
    public java.util.Optional<PayrollLineView> one(long lineId) {
        return fenced(em.createQuery(VIEW + FENCE + " AND l.id = :line", PayrollLineView.class))
                .setParameter("line", lineId)
                .getResultStream().findFirst();
    }

    public long count(ResultFilter filter) {
        return fenced(em.createQuery("SELECT COUNT(l) FROM DeductionLine l" + FENCE + where(filter), Long.class))
                .getSingleResult();
    }

    /** Whether the organisation has any line in the cycle: the fence of every action on the cycle. */
    public boolean any() {
        return !fenced(em.createQuery("SELECT l.id FROM DeductionLine l" + FENCE, Long.class)).setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** Ids and versions of the lines still without a result, for "all deducted as requested". */
    public List<Object[]> withoutResultRefs() {
        return fenced(em.createQuery("SELECT l.id, l.version FROM DeductionLine l" + FENCE + where(ResultFilter.WITHOUT_RESULT)
                + " ORDER BY l.lineNumber", Object[].class)).getResultList();
    }

    /** Totals by product in one grouped query. */
    public PayrollTotals totals() {
        Map<Product, long[]> sums = new EnumMap<>(Product.class);
        fenced(em.createQuery("SELECT l.product, COUNT(l), SUM(l.requestedAmount), "
                + "SUM(CASE WHEN l.resultCode IS NULL THEN 0 ELSE l.deductedAmount END), "
                + "SUM(CASE WHEN l.resultCode IS NULL THEN 0 ELSE l.requestedAmount END), "
                + "SUM(CASE WHEN l.resultCode IS NULL THEN 1 ELSE 0 END) FROM DeductionLine l" + FENCE
                + " GROUP BY l.product", Object[].class)).getResultList()
                .forEach(r -> sums.put((Product) r[0], new long[] {n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5])}));
        List<PayrollProductTotal> products = new ArrayList<>();
        long[] all = new long[5];
        sums.forEach((product, s) -> {
            products.add(new PayrollProductTotal(product, s[0], s[1], s[2], s[3] - s[2], s[4]));
            for (int i = 0; i < all.length; i++) {
                all[i] += s[i];
            }
        });
        return new PayrollTotals(products, new PayrollProductTotal(null, all[0], all[1], all[2], all[3] - all[2], all[4]));
    }

    /** What the matcher needs of every line (six scalars a line). */
    public List<LineKey> lineKeys() {
        return fenced(em.createQuery("SELECT l.id, l.version, l.lineNumber, p.personNumber, p.employeeNumber, l.product, "
                + "l.requestedAmount FROM DeductionLine l JOIN l.person p" + FENCE + " ORDER BY l.lineNumber", Object[].class))
                .getResultStream()
                .map(r -> new LineKey(n(r[0]), n(r[1]), ((Number) r[2]).intValue(), (String) r[3], (String) r[4],
                        (Product) r[5], n(r[6])))
                .toList();
    }

    private <T> TypedQuery<T> fenced(TypedQuery<T> query) {
        return query.setParameter("org", organizationId).setParameter("cycle", cycleId);
    }

    static String where(ResultFilter filter) {
        return switch (filter == null ? ResultFilter.ALL : filter) {
            case ALL -> "";
            case WITHOUT_RESULT -> " AND l.resultCode IS NULL";
            case DEDUCTED -> " AND l.resultCode = " + CODE + ResultCode.DEDUCTED.name();
            case PARTIALLY_DEDUCTED -> " AND l.resultCode = " + CODE + ResultCode.PARTIALLY_DEDUCTED.name();
            case NOT_DEDUCTED -> " AND l.resultCode = " + CODE + ResultCode.NOT_DEDUCTED.name();
            case WITH_DIFFERENCE -> " AND (l.resultCode = " + CODE + ResultCode.PARTIALLY_DEDUCTED.name()
                    + " OR l.resultCode = " + CODE + ResultCode.NOT_DEDUCTED.name() + ")";
        };
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
