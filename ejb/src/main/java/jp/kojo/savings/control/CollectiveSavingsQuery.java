package jp.kojo.savings.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.kojo.savings.boundary.CollectiveLineView;
import jp.kojo.savings.boundary.CollectiveMemberFilter;
import jp.kojo.savings.boundary.CollectiveProductTotal;
import jp.kojo.savings.boundary.SavingsProduct;
import jp.kojo.savings.entity.CollectiveSavingsLine;

/** The lines of one breakdown statement, filtered in the database, and their totals by product. */
public final class CollectiveSavingsQuery {
    private final EntityManager em;
    private final long statementId;
    private final CollectiveMemberFilter filter;

    public CollectiveSavingsQuery(EntityManager em, long statementId, CollectiveMemberFilter filter) {
        this.em = em;
        this.statementId = statementId;
        this.filter = filter == null ? CollectiveMemberFilter.NONE : filter;
    }

    private String where() {
        StringBuilder w = new StringBuilder(" WHERE l.statement.id = :statement");
        if (filter.product() != null) {
            w.append(" AND l.productCode = :product");
        }
        if (!blank(filter.memberNumber())) {
            w.append(" AND l.memberNumber = :member");
        }
        if (!blank(filter.nameKana())) {
            w.append(" AND l.nameKana LIKE :name");
        }
        return w.toString();
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> q) {
        q.setParameter("statement", statementId);
        if (filter.product() != null) {
            q.setParameter("product", filter.product().code());
        }
        if (!blank(filter.memberNumber())) {
            q.setParameter("member", filter.memberNumber().strip());
        }
        if (!blank(filter.nameKana())) {
            q.setParameter("name", filter.nameKana().strip().replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        return q;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The filtered lines in file order. */
    public List<CollectiveLineView> lines() {
        return bind(em.createQuery("SELECT l FROM CollectiveSavingsLine l" + where() + " ORDER BY l.lineNumber",
                CollectiveSavingsLine.class)).getResultStream().map(CollectiveSavingsQuery::view).toList();
    }

    /** One total per product present (in product order), then the total of all (product null, members counted once). */
    public List<CollectiveProductTotal> totals() {
        Map<SavingsProduct, CollectiveProductTotal> byProduct = new EnumMap<>(SavingsProduct.class);
        for (Object[] row : bind(em.createQuery("SELECT l.productCode, COUNT(l), SUM(l.amount) FROM CollectiveSavingsLine l"
                + where() + " GROUP BY l.productCode", Object[].class)).getResultList()) {
            SavingsProduct product = SavingsProduct.ofCode((String) row[0]).orElseThrow();
            byProduct.put(product, new CollectiveProductTotal(product, number(row[1]), number(row[2])));
        }
        List<CollectiveProductTotal> totals = new ArrayList<>(byProduct.values());
        long members = number(bind(em.createQuery("SELECT COUNT(DISTINCT l.memberNumber) FROM CollectiveSavingsLine l"
                + where(), Long.class)).getSingleResult());
        totals.add(new CollectiveProductTotal(null, members,
                totals.stream().mapToLong(CollectiveProductTotal::amount).sum()));
        return totals;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    public static CollectiveLineView view(CollectiveSavingsLine l) {
        SavingsProduct product = SavingsProduct.ofCode(l.getProductCode())
                .orElseThrow(() -> new IllegalStateException("product " + l.getProductCode()));
        return new CollectiveLineView(l.getLineNumber(), l.getMemberNumber(), l.getEmployeeNumber(), l.getNameKana(),
                product, l.getBranchCode(), l.getAccountNumber(), l.getAmount());
    }
}
