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
import jp.kojo.deduction.boundary.LineFilter;
import jp.kojo.deduction.boundary.ProductTotal;
import jp.kojo.deduction.entity.Product;

/**
 * Queries one organisation's request lines of one cycle: filtering, sorting and paging all happen in the
 * database. The organisation id always comes from the caller, never from the request.
 */
public class DeductionListQuery {
    private static final String VIEW = "SELECT NEW jp.kojo.deduction.boundary.DeductionLineView(l.id, l.lineNumber, "
            + "p.personNumber, p.employeeNumber, p.nameKana, p.nameKanji, l.product, l.accountBranchCode, "
            + "l.accountNumber, l.requestedAmount) FROM DeductionLine l JOIN l.person p ";

    private final EntityManager em;
    private final long organizationId;
    private final long cycleId;
    private final LineFilter filter;

    public DeductionListQuery(EntityManager em, long organizationId, long cycleId, LineFilter filter) {
        this.em = em;
        this.organizationId = organizationId;
        this.cycleId = cycleId;
        this.filter = filter == null ? LineFilter.NONE : filter;
    }

    public List<DeductionLineView> page(String orderPath, boolean ascending, int first, int size) {
        String order = " ORDER BY " + orderPath + (ascending ? " ASC" : " DESC")
                + (orderPath.equals("l.lineNumber") ? "" : ", l.lineNumber ASC");
        TypedQuery<DeductionLineView> query = em.createQuery(VIEW + where(params()) + order, DeductionLineView.class);
        bind(query, params());
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count() {
        Map<String, Object> params = params();
        TypedQuery<Long> query = em.createQuery(
                "SELECT COUNT(l) FROM DeductionLine l JOIN l.person p " + where(params), Long.class);
        bind(query, params);
        return query.getSingleResult();
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
     * All matching lines in line-number order, fetched a batch at a time by key (not by offset), so an
     * export of any size holds only one batch in memory.
     */
    public Iterable<DeductionLineView> streamByLineNumber(int batchSize) {
        return () -> new Iterator<>() {
            private List<DeductionLineView> batch = List.of();
            private int index;
            private int lastLineNumber = Integer.MIN_VALUE;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (index < batch.size()) {
                    return true;
                }
                if (exhausted) {
                    return false;
                }
                Map<String, Object> params = params();
                params.put("after", lastLineNumber);
                TypedQuery<DeductionLineView> query = em.createQuery(VIEW + where(params)
                        + " AND l.lineNumber > :after ORDER BY l.lineNumber", DeductionLineView.class);
                bind(query, params);
                batch = query.setMaxResults(batchSize).getResultList();
                em.clear();
                index = 0;
                exhausted = batch.size() < batchSize;
                if (!batch.isEmpty()) {
                    lastLineNumber = batch.get(batch.size() - 1).lineNumber();
                }
                return !batch.isEmpty();
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

    private Map<String, Object> params() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("org", organizationId);
        params.put("cycle", cycleId);
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

    private static String where(Map<String, Object> params) {
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
