package jp.kojo.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Random;
import jp.kojo.deduction.entity.CycleKind;
import jp.kojo.zaikei.entity.ZaikeiKind;
import jp.kojo.zaikei.entity.ZaikeiStatement;
import jp.kojo.zaikei.entity.ZaikeiStatementLine;

/**
 * The demo employer's savings statements (お積立明細書) of last month and this month, so its screens are not empty:
 * general, housing and pension contracts, one stopped, some people near or over the tax-free limit, one contract
 * without contributions for years, people on both sides of 55. Only when the employer has no statement yet.
 */
final class DemoZaikei {
    static final String CONTRACT = "3000000003";
    private static final String[][] PEOPLE = {
        {"アオキ　ケンイチ", "1968-04-12"}, {"イノウエ　サチコ", "1975-09-03"}, {"ウエダ　タカシ", "1982-01-27"},
        {"エンドウ　マユミ", "1990-06-15"}, {"オオタ　シンジ", "1971-11-30"}, {"カワグチ　ユキ", "1987-03-08"},
        {"キムラ　ヒデオ", "1963-07-21"}, {"クボタ　アヤ", "1995-12-02"}, {"ケンモチ　ジュン", "1979-05-19"},
        {"コンドウ　エミ", "1984-08-24"}, {"サイトウ　マコト", "1973-02-11"}, {"シミズ　ナナ", "1992-10-05"},
    };

    private DemoZaikei() {
    }

    /** @return how many statements were added (0 when the employer is missing or already has statements) */
    static int seedIfNone(EntityManager em, YearMonth month, LocalDate depositThisMonth, LocalDate depositLastMonth,
                          LocalDateTime now) {
        Long org = em.createQuery("SELECT o.id FROM Organization o WHERE o.contractNumber = :c", Long.class)
                .setParameter("c", CONTRACT).getResultStream().findFirst().orElse(null);
        if (org == null || !em.createQuery("SELECT s.id FROM ZaikeiStatement s WHERE s.organizationId = :org", Long.class)
                .setParameter("org", org).setMaxResults(1).getResultList().isEmpty()) {
            return 0;
        }
        statement(em, org, month.minusMonths(1), depositLastMonth, now.minusMonths(1), 0);
        statement(em, org, month, depositThisMonth, now, 1);
        return 2;
    }

    private static void statement(EntityManager em, long org, YearMonth month, LocalDate depositDate, LocalDateTime loadedAt,
                                  int monthsOn) {
        ZaikeiStatement statement = new ZaikeiStatement(org, month, CycleKind.MONTHLY, depositDate, loadedAt);
        em.persist(statement);
        Random random = new Random(8);
        int line = 0;
        int contract = 41_000_000;
        for (int i = 0; i < PEOPLE.length; i++) {
            String person = String.format("%010d", 9_100_000L + i + 1);
            String employee = String.format("T%04d", i + 1);
            LocalDate birth = LocalDate.parse(PEOPLE[i][1]);
            LocalDate start = LocalDate.of(2010 + i % 12, 4, 1);
            long general = (1 + random.nextInt(5)) * 5_000L;
            boolean generalStopped = i == 4;
            em.persist(new ZaikeiStatementLine(statement, ++line, person, employee, PEOPLE[i][0], birth,
                    ZaikeiKind.GENERAL, Integer.toString(contract + i * 10), generalStopped ? 0 : general,
                    generalStopped ? 0 : general * 2, 200_000L + 45_000L * i + monthsOn * general, start,
                    generalStopped ? LocalDate.of(2023, 6, 25) : depositDate.minusMonths(1 - monthsOn), generalStopped));
            if (i % 2 == 0) {
                // i = 0 and 6 are near or over the 5.5 million yen limit for housing and pension together.
                long balance = i == 0 ? 3_100_000L : i == 6 ? 3_600_000L : 800_000L + 100_000L * i;
                em.persist(new ZaikeiStatementLine(statement, ++line, person, employee, PEOPLE[i][0], birth,
                        ZaikeiKind.HOUSING, Integer.toString(contract + i * 10 + 1), 20_000, 100_000,
                        balance + monthsOn * 20_000L, start, depositDate.minusMonths(1 - monthsOn), false));
            }
            if (i % 3 == 0) {
                long balance = i == 0 ? 2_000_000L : i == 6 ? 2_100_000L : 500_000L + 50_000L * i;
                em.persist(new ZaikeiStatementLine(statement, ++line, person, employee, PEOPLE[i][0], birth,
                        ZaikeiKind.PENSION, Integer.toString(contract + i * 10 + 2), 10_000, 0,
                        balance + monthsOn * 10_000L, start, depositDate.minusMonths(1 - monthsOn), false));
            }
        }
        em.flush();
    }
}
