package jp.kojo.zaikei.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.kojo.zaikei.boundary.ZaikeiKindTotal;
import jp.kojo.zaikei.boundary.ZaikeiLineFilter;
import jp.kojo.zaikei.boundary.ZaikeiLineSort;
import jp.kojo.zaikei.boundary.ZaikeiLineView;
import jp.kojo.zaikei.entity.ZaikeiKind;
import jp.kojo.zaikei.entity.ZaikeiStatementLine;

/** The lines of one statement, filtered and sorted in the database, and their totals by kind. */
public final class ZaikeiStatementQuery {
    private final EntityManager em;
    private final long statementId;
    private final ZaikeiLineFilter filter;

    public ZaikeiStatementQuery(EntityManager em, long statementId, ZaikeiLineFilter filter) {
        this.em = em;
        this.statementId = statementId;
        this.filter = filter == null ? ZaikeiLineFilter.NONE : filter;
    }

    private String where() {
        StringBuilder w = new StringBuilder(" WHERE l.statement.id = :statement");
        if (filter.kind() != null) {
            w.append(" AND l.kind = :kind");
        }
        if (!blank(filter.personNumber())) {
            w.append(" AND l.personNumber = :person");
        }
        if (!blank(filter.nameKana())) {
            w.append(" AND l.nameKana LIKE :name");
        }
        if (filter.stopped() != null) {
            w.append(" AND l.stopped = :stopped");
        }
        return w.toString();
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> q) {
        q.setParameter("statement", statementId);
        if (filter.kind() != null) {
            q.setParameter("kind", filter.kind());
        }
        if (!blank(filter.personNumber())) {
            q.setParameter("person", filter.personNumber().strip());
        }
        if (!blank(filter.nameKana())) {
            q.setParameter("name", filter.nameKana().strip().replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        if (filter.stopped() != null) {
            q.setParameter("stopped", filter.stopped());
        }
        return q;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public List<ZaikeiLineView> lines(ZaikeiLineSort sort, boolean ascending) {
        String order = (sort == null ? ZaikeiLineSort.LINE_NUMBER : sort).path() + (ascending ? " ASC" : " DESC");
        return bind(em.createQuery("SELECT l FROM ZaikeiStatementLine l" + where() + " ORDER BY " + order
                + ", l.lineNumber", ZaikeiStatementLine.class)).getResultStream().map(ZaikeiStatementQuery::view).toList();
    }

    /** One total per kind present (in kind order), then the grand total (kind null). */
    public List<ZaikeiKindTotal> totals() {
        Map<ZaikeiKind, ZaikeiKindTotal> byKind = new EnumMap<>(ZaikeiKind.class);
        for (Object[] row : bind(em.createQuery("SELECT l.kind, COUNT(l), SUM(l.monthlyAmount), SUM(l.bonusAmount),"
                + " SUM(COALESCE(l.balance, 0)) FROM ZaikeiStatementLine l" + where() + " GROUP BY l.kind", Object[].class))
                .getResultList()) {
            byKind.put((ZaikeiKind) row[0], new ZaikeiKindTotal((ZaikeiKind) row[0], number(row[1]), number(row[2]),
                    number(row[3]), number(row[4])));
        }
        List<ZaikeiKindTotal> totals = new ArrayList<>(byKind.values());
        totals.add(new ZaikeiKindTotal(null, totals.stream().mapToLong(ZaikeiKindTotal::contracts).sum(),
                totals.stream().mapToLong(ZaikeiKindTotal::monthlyAmount).sum(),
                totals.stream().mapToLong(ZaikeiKindTotal::bonusAmount).sum(),
                totals.stream().mapToLong(ZaikeiKindTotal::balance).sum()));
        return totals;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    public static ZaikeiLineView view(ZaikeiStatementLine l) {
        return new ZaikeiLineView(l.getId(), l.getLineNumber(), l.getPersonNumber(), l.getEmployeeNumber(),
                l.getNameKana(), l.getBirthDate(), l.getKind(), l.getSavingsContract(), l.getMonthlyAmount(),
                l.getBonusAmount(), l.getBalance(), l.getStartDate(), l.getLastContribution(), l.isStopped());
    }
}
