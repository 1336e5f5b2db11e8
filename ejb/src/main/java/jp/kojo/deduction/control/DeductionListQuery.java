package jp.kojo.deduction.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import jp.kojo.deduction.boundary.DeductionLineView;
import jp.kojo.deduction.boundary.InquirySummary;
import jp.kojo.deduction.boundary.LineChangeMark;
import jp.kojo.deduction.boundary.LineFilter;
import jp.kojo.deduction.boundary.ProductTotal;
import jp.kojo.deduction.entity.Product;
import jp.kojo.deduction.entity.ResultCode;

/**
 * Queries one organisation's request lines of one cycle: filtering, sorting, paging and the comparison with the
 * previous cycle of the same kind all happen in the database (one statement a page, with a join to the
 * previous cycle). The organisation id always comes from the caller, never from the request.
 */
public class DeductionListQuery {
    private static final String COLUMNS = "SELECT l.id, l.lineNumber, p.personNumber, p.employeeNumber, p.nameKana, "
            + "p.nameKanji, l.product, l.accountBranchCode, l.accountNumber, l.requestedAmount, prev.requestedAmount, "
            + "l.resultCode, l.paymentStopped, prev.id ";
    private static final String FROM = "FROM DeductionLine l JOIN l.person p" + PreviousCycle.JOIN;
    /** Lines of the previous cycle ({@code l} here) with no line of the same person and product now. */
    private static final String ENDED = "SELECT l.id, l.lineNumber, p.personNumber, p.employeeNumber, p.nameKana, "
            + "p.nameKanji, l.product, l.accountBranchCode, l.accountNumber, l.requestedAmount "
            + "FROM DeductionLine l JOIN l.person p ";
    private static final String NOT_NOW = " AND NOT EXISTS (SELECT c.id FROM DeductionLine c WHERE "
            + "c.organizationId = :org AND c.cycle.id = :current AND c.personId = l.personId AND c.product = l.product)";

    private final EntityManager em;
    private final long organizationId;
    private final long cycleId;
    private final LineFilter filter;
    private final PreviousCycle previous;

    public DeductionListQuery(EntityManager em, long organizationId, long cycleId, LineFilter filter) {
        this(em, organizationId, cycleId, filter, null);
    }

    /** With the previous cycle already looked up (null: look it up when needed). */
    public DeductionListQuery(EntityManager em, long organizationId, long cycleId, LineFilter filter,
                              PreviousCycle previous) {
        this.em = em;
        this.organizationId = organizationId;
        this.cycleId = cycleId;
        this.filter = filter == null ? LineFilter.NONE : filter;
        this.previous = previous;
    }

    public PreviousCycle previous() {
        return previous != null ? previous : PreviousCycle.of(em, organizationId, cycleId);
    }

    public List<DeductionLineView> page(String orderPath, boolean ascending, int first, int size) {
        PreviousCycle prev = previous();
        String order = " ORDER BY " + orderPath + (ascending ? " ASC" : " DESC")
                + (orderPath.equals("l.lineNumber") ? "" : ", l.lineNumber ASC");
        Map<String, Object> params = params(prev);
        TypedQuery<Object[]> query = em.createQuery(COLUMNS + FROM + where(params, prev) + order, Object[].class);
        bind(query, params);
        return query.setFirstResult(first).setMaxResults(size).getResultStream().map(r -> line(r, prev)).toList();
    }

    public long count() {
        PreviousCycle prev = previous();
        Map<String, Object> params = params(prev);
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(l) " + FROM + where(params, prev), Long.class);
        bind(query, params);
        return query.getSingleResult();
    }

    /** The ended lines the filter keeps (none without a previous cycle), in the previous cycle's line order. */
    public List<DeductionLineView> endedPage(int first, int size) {
        PreviousCycle prev = previous();
        if (!endedShown(prev)) {
            return List.of();
        }
        Map<String, Object> params = endedParams(prev);
        TypedQuery<Object[]> query = em.createQuery(ENDED + where(params, null) + NOT_NOW + " ORDER BY l.lineNumber",
                Object[].class);
        bind(query, params);
        return query.setFirstResult(first).setMaxResults(size).getResultStream().map(DeductionListQuery::ended).toList();
    }

    public long endedCount() {
        PreviousCycle prev = previous();
        if (!endedShown(prev)) {
            return 0;
        }
        Map<String, Object> params = endedParams(prev);
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(l) FROM DeductionLine l JOIN l.person p "
                + where(params, null) + NOT_NOW, Long.class);
        bind(query, params);
        return query.getSingleResult();
    }

    /** Not deducted, new and changed lines of the whole list (the filter does not apply) in one statement. */
    public InquirySummary summary() {
        PreviousCycle prev = previous();
        String notDeducted = LineChangeRule.NOT_DEDUCTED_CONDITION;
        Object[] row = em.createQuery("SELECT SUM(CASE WHEN " + notDeducted + " THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN " + notDeducted + " THEN l.requestedAmount ELSE 0 END), "
                        + "SUM(CASE WHEN prev.id IS NULL THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN prev.requestedAmount <> l.requestedAmount THEN 1 ELSE 0 END) "
                        + FROM + "WHERE l.organizationId = :org AND l.cycle.id = :cycle", Object[].class)
                .setParameter("org", organizationId)
                .setParameter("cycle", cycleId)
                .setParameter("previous", prev.bindId())
                .getSingleResult();
        long ended = prev.exists()
                ? new DeductionListQuery(em, organizationId, cycleId, LineFilter.NONE, prev).endedCount() : 0;
        return new InquirySummary(prev.yearMonth(), number(row[0]), number(row[1]),
                prev.exists() ? number(row[2]) : 0, prev.exists() ? number(row[3]) : 0, ended);
    }

    /** Totals by product of the whole list (the filter does not apply: the totals are the list's). */
    public List<ProductTotal> totals() {
        List<Object[]> rows = em.createQuery("SELECT l.product, COUNT(l), SUM(l.requestedAmount) "
                        + "FROM DeductionLine l WHERE l.organizationId = :org AND l.cycle.id = :cycle "
                        + "GROUP BY l.product ORDER BY l.product", Object[].class)
                .setParameter("org", organizationId)
                .setParameter("cycle", cycleId)
                .getResultList();
        List<ProductTotal> totals = new ArrayList<>();
        for (Object[] row : rows) {
            totals.add(new ProductTotal((Product) row[0], ((Number) row[1]).longValue(),
                    ((Number) row[2]).longValue()));
        }
        return totals;
    }

    /**
     * All matching lines in line-number order, then the ended lines the filter keeps, fetched a window of line
     * numbers at a time, so an export of any size holds only one batch in memory. Windows, not "the next n after
     * the last key": line numbers are unique in an organisation's cycle, so a window holds at most {@code
     * batchSize} lines, and each query reads only its window instead of sorting all lines after the key.
     */
    public Iterable<DeductionLineView> streamByLineNumber(int batchSize) {
        PreviousCycle prev = previous();
        return () -> new Iterator<>() {
            private List<DeductionLineView> batch = List.of();
            private int index;
            private boolean endedPart;
            private int from = Integer.MIN_VALUE;
            private Integer last = lastLineNumber(cycleId);

            @Override
            public boolean hasNext() {
                while (index >= batch.size()) {
                    if (last == null || from > last) {
                        if (endedPart || !endedShown(prev)) {
                            return false;
                        }
                        endedPart = true;
                        last = lastLineNumber(prev.bindId());
                        from = Integer.MIN_VALUE;
                        continue;
                    }
                    if (from == Integer.MIN_VALUE) {
                        from = firstLineNumber(endedPart ? prev.bindId() : cycleId);
                    }
                    List<Object[]> rows = fetch(from, (int) Math.min(Integer.MAX_VALUE, (long) from + batchSize - 1));
                    em.clear();
                    index = 0;
                    from += batchSize;
                    batch = rows.stream().map(r -> endedPart ? ended(r) : line(r, prev)).toList();
                }
                return true;
            }

            private List<Object[]> fetch(int first, int lastInWindow) {
                Map<String, Object> params = endedPart ? endedParams(prev) : params(prev);
                params.put("from", first);
                params.put("to", lastInWindow);
                String window = " AND l.lineNumber BETWEEN :from AND :to ORDER BY l.lineNumber";
                String jpql = endedPart
                        ? ENDED + where(params, null) + NOT_NOW + window
                        : COLUMNS + FROM + where(params, prev) + window;
                TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
                bind(query, params);
                return query.getResultList();
            }

            @Override
            public DeductionLineView next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return batch.get(index++);
            }
        };
    }

    private Integer lastLineNumber(long cycle) {
        return em.createQuery("SELECT MAX(l.lineNumber) FROM DeductionLine l WHERE l.organizationId = :org "
                        + "AND l.cycle.id = :cycle", Integer.class)
                .setParameter("org", organizationId).setParameter("cycle", cycle).getSingleResult();
    }

    private int firstLineNumber(long cycle) {
        Integer first = em.createQuery("SELECT MIN(l.lineNumber) FROM DeductionLine l WHERE l.organizationId = :org "
                        + "AND l.cycle.id = :cycle", Integer.class)
                .setParameter("org", organizationId).setParameter("cycle", cycle).getSingleResult();
        return first == null ? 0 : first;
    }

    private boolean endedShown(PreviousCycle prev) {
        return prev.exists() && filter.endedLinesShown();
    }

    private static DeductionLineView line(Object[] r, PreviousCycle prev) {
        long amount = number(r[9]);
        // Tested by the previous line's id: EclipseLink reads a missing long as 0, not null.
        Long previousAmount = r[13] == null ? null : number(r[10]);
        return new DeductionLineView(number(r[0]), (int) number(r[1]), (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (Product) r[6], (String) r[7], (String) r[8], amount,
                LineChangeRule.mark(prev.exists(), previousAmount, amount), previousAmount,
                LineChangeRule.status((ResultCode) r[11], Boolean.TRUE.equals(r[12])));
    }

    private static DeductionLineView ended(Object[] r) {
        return new DeductionLineView(number(r[0]), 0, (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                (Product) r[6], (String) r[7], (String) r[8], 0, LineChangeMark.ENDED, number(r[9]), null);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private Map<String, Object> params(PreviousCycle prev) {
        Map<String, Object> params = filterParams();
        params.put("cycle", cycleId);
        params.put("previous", prev.bindId());
        return params;
    }

    private Map<String, Object> endedParams(PreviousCycle prev) {
        Map<String, Object> params = filterParams();
        params.put("cycle", prev.bindId());
        params.put("current", cycleId);
        return params;
    }

    private Map<String, Object> filterParams() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("org", organizationId);
        if (notBlank(filter.personNumber())) {
            params.put("personNumber", filter.personNumber().strip() + "%");
        }
        if (notBlank(filter.employeeNumber())) {
            params.put("employeeNumber", filter.employeeNumber().strip() + "%");
        }
        if (notBlank(filter.nameKana())) {
            params.put("nameKana", "%" + escapeLike(filter.nameKana().strip()) + "%");
        }
        if (filter.product() != null) {
            params.put("product", filter.product());
        }
        return params;
    }

    /** The fence and the filter; with {@code prev} (lines of the current cycle) also mark and status. */
    private String where(Map<String, Object> params, PreviousCycle prev) {
        StringBuilder where = new StringBuilder("WHERE l.organizationId = :org AND l.cycle.id = :cycle");
        if (params.containsKey("personNumber")) {
            where.append(" AND p.personNumber LIKE :personNumber");
        }
        if (params.containsKey("employeeNumber")) {
            where.append(" AND p.employeeNumber LIKE :employeeNumber");
        }
        if (params.containsKey("nameKana")) {
            where.append(" AND p.nameKana LIKE :nameKana ESCAPE '\\'");
        }
        if (params.containsKey("product")) {
            where.append(" AND l.product = :product");
        }
        if (prev != null) {
            where.append(LineChangeRule.markCondition(filter.change(), prev.exists()));
            where.append(LineChangeRule.statusCondition(filter.status()));
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, Map<String, Object> params) {
        params.forEach(query::setParameter);
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
