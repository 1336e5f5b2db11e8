package jp.kojo.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import jp.kojo.deduction.entity.CycleKind;
import jp.kojo.deduction.entity.Person;
import jp.kojo.savings.boundary.SavingsProduct;
import jp.kojo.savings.entity.CollectiveSavingsLine;
import jp.kojo.savings.entity.CollectiveSavingsStatement;

/**
 * The demo union's union-wide savings breakdowns (一斉積立内訳明細表) of last month and this month, so its screen is
 * not empty: 60 of its members, most saving into an installment time deposit, some also into installment savings,
 * the ordinary account or a purpose savings. Only when the union has no breakdown yet.
 */
final class DemoCollectiveSavings {
    static final int MEMBERS = 60;

    private DemoCollectiveSavings() {
    }

    /** @return how many statements were added (0 when the union is missing or already has statements) */
    static int seedIfNone(EntityManager em, YearMonth month, LocalDate savingsThisMonth, LocalDate savingsLastMonth,
                          LocalDateTime now) {
        Long org = em.createQuery("SELECT o.id FROM Organization o WHERE o.contractNumber = :c", Long.class)
                .setParameter("c", DemoData.UNION_CONTRACT).getResultStream().findFirst().orElse(null);
        if (org == null || !em.createQuery("SELECT s.id FROM CollectiveSavingsStatement s WHERE s.organizationId = :org",
                Long.class).setParameter("org", org).setMaxResults(1).getResultList().isEmpty()) {
            return 0;
        }
        List<Person> members = em.createQuery("SELECT p FROM Person p WHERE p.organizationId = :org"
                + " ORDER BY p.personNumber", Person.class).setParameter("org", org).setMaxResults(MEMBERS).getResultList();
        statement(em, org, members, month.minusMonths(1), savingsLastMonth, now.minusMonths(1), 0);
        statement(em, org, members, month, savingsThisMonth, now, 1);
        return 2;
    }

    private static void statement(EntityManager em, long org, List<Person> members, YearMonth month,
                                  LocalDate savingsDate, LocalDateTime loadedAt, int monthsOn) {
        CollectiveSavingsStatement statement = new CollectiveSavingsStatement(org, month, CycleKind.MONTHLY, savingsDate,
                loadedAt);
        em.persist(statement);
        Random random = new Random(11);
        int line = 0;
        for (int i = 0; i < members.size(); i++) {
            Person member = members.get(i);
            String account = String.format("%07d", 2_000_000 + i * 37);
            // A member who joined this month (the last one) is in this month's breakdown only.
            if (monthsOn == 0 && i == members.size() - 1) {
                continue;
            }
            if (i % 10 != 9) {
                add(em, statement, ++line, member, SavingsProduct.INSTALLMENT_DEPOSIT, account,
                        (1 + random.nextInt(5)) * 5_000L);
            }
            if (i % 3 == 0) {
                add(em, statement, ++line, member, SavingsProduct.INSTALLMENT_SAVINGS, account,
                        (1 + random.nextInt(4)) * 10_000L);
            }
            if (i % 4 == 1 || i % 10 == 9) {
                add(em, statement, ++line, member, SavingsProduct.ORDINARY_SAVINGS, account,
                        (1 + random.nextInt(6)) * 3_000L + monthsOn * 1_000L);
            }
            if (i % 7 == 2) {
                add(em, statement, ++line, member, SavingsProduct.PURPOSE_SAVINGS, account, 20_000L);
            }
        }
        em.flush();
    }

    private static void add(EntityManager em, CollectiveSavingsStatement statement, int line, Person member,
                            SavingsProduct product, String account, long amount) {
        em.persist(new CollectiveSavingsLine(statement, line, member.getPersonNumber(), member.getEmployeeNumber(),
                member.getNameKana(), product.code(), "101", account, amount));
    }
}
