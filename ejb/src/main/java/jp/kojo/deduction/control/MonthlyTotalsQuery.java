package jp.kojo.deduction.control;

import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kojo.deduction.boundary.MonthTotal;

/** An organisation's requested and not-deducted totals per month, summed in the database in one statement. */
public class MonthlyTotalsQuery {
    private final EntityManager em;
    private final long organizationId;

    public MonthlyTotalsQuery(EntityManager em, long organizationId) {
        this.em = em;
        this.organizationId = organizationId;
    }

    /** The {@code months} months up to and including {@code last}, oldest first; a month without lines is 0. */
    public List<MonthTotal> upTo(YearMonth last, int months) {
        YearMonth first = last.minusMonths(months - 1L);
        Map<String, Object[]> byMonth = new HashMap<>();
        em.createQuery("SELECT c.yearMonth, SUM(l.requestedAmount), SUM(CASE WHEN "
                        + LineChangeRule.NOT_DEDUCTED_CONDITION + " THEN l.requestedAmount ELSE 0 END) "
                        + "FROM DeductionLine l JOIN l.cycle c WHERE l.organizationId = :org "
                        + "AND c.yearMonth >= :first AND c.yearMonth <= :last GROUP BY c.yearMonth", Object[].class)
                .setParameter("org", organizationId)
                .setParameter("first", first.toString())
                .setParameter("last", last.toString())
                .getResultStream()
                .forEach(row -> byMonth.put((String) row[0], row));
        List<MonthTotal> totals = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            Object[] row = byMonth.get(month.toString());
            totals.add(new MonthTotal(month, row == null ? 0 : ((Number) row[1]).longValue(),
                    row == null ? 0 : ((Number) row[2]).longValue()));
        }
        return totals;
    }
}
