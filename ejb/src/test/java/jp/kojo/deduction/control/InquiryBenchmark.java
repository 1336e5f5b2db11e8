package jp.kojo.deduction.control;

import com.sun.management.GarbageCollectionNotificationInfo;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import jp.kojo.deduction.boundary.DeductionLineView;
import jp.kojo.deduction.boundary.DeductionListHeader;
import jp.kojo.deduction.boundary.LineChangeMark;
import jp.kojo.deduction.boundary.LineFilter;
import jp.kojo.deduction.entity.CycleKind;
import jp.kojo.platform.CsvEncoding;
import jp.kojo.platform.SchemaMigration;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The inquiry (照会) on 20,000 lines of one organisation compared with 20,000 of its previous month: first page,
 * a filter, a sort, the CSV and the PDF of all lines, each against a plain {@code SELECT COUNT(*)} over the same
 * rows measured in the same run. Kojo's own queries and writers through EclipseLink on H2 (MODE=LEGACY, the
 * server's mode), outside the server. Not a JUnit test; see docs/benchmarks.md, section 2.
 */
public final class InquiryBenchmark {
    private static final int LINES = Integer.getInteger("bench.lines", 20_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 2);
    private static final String URL = "jdbc:h2:mem:inquiry;MODE=LEGACY;DB_CLOSE_DELAY=-1";
    private static final String[] PRODUCTS = {"10", "20", "30", "40", "50"};

    private InquiryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long org;
        long cycle;
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(URL);
        dataSource.setUser("sa");
        new SchemaMigration(dataSource, InquiryBenchmark.class.getClassLoader()).migrate();
        try (Connection db = DriverManager.getConnection(URL, "sa", "")) {
            long[] ids = generate(db);
            org = ids[0];
            cycle = ids[1];
        }
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("kojo-bench", Map.of(
                "jakarta.persistence.jdbc.driver", "org.h2.Driver", "jakarta.persistence.jdbc.url", URL,
                "jakarta.persistence.jdbc.user", "sa", "jakarta.persistence.jdbc.password", ""));
        try (Connection db = DriverManager.getConnection(URL, "sa", "")) {
            if (Boolean.getBoolean("bench.explain")) {
                explain(db, org, cycle);
                return;
            }
            List<Step> steps = List.of(
                    new Step("baseline: SELECT COUNT(*)", () -> count(db, org, cycle)),
                    new Step("first page (count, 25 lines, summary)", () -> withEm(emf, em -> {
                        DeductionListQuery q = new DeductionListQuery(em, org, cycle, LineFilter.NONE);
                        q.count();
                        q.page("l.lineNumber", true, 0, 25);
                        q.summary();
                    })),
                    new Step("filter: changed lines (count, 25)", () -> withEm(emf, em -> {
                        DeductionListQuery q = new DeductionListQuery(em, org, cycle,
                                new LineFilter(null, null, null, null, LineChangeMark.CHANGED, null));
                        q.count();
                        q.page("l.lineNumber", true, 0, 25);
                    })),
                    new Step("sort: kana name descending (count, 25)", () -> withEm(emf, em -> {
                        DeductionListQuery q = new DeductionListQuery(em, org, cycle, LineFilter.NONE);
                        q.count();
                        q.page("p.nameKana", false, 0, 25);
                    })),
                    new Step("stream all lines (no writer)", () -> withEm(emf, em -> {
                        long n = 0;
                        for (DeductionLineView ignored : new DeductionListQuery(em, org, cycle, LineFilter.NONE)
                                .streamByLineNumber(1000)) {
                            n++;
                        }
                        if (n != LINES + 1000) {
                            throw new IllegalStateException("streamed " + n);
                        }
                    })),
                    new Step("CSV of all lines", () -> withEm(emf, em -> export(em, org, cycle, false))),
                    new Step("PDF of all lines", () -> withEm(emf, em -> export(em, org, cycle, true))),
                    new Step("PDF writer alone (lines in memory)", () -> {
                        try {
                            DeductionPdfWriter.write(new DeductionListHeader("9000000001", "ベンチマーク労働組合",
                                    YearMonth.of(2026, 11), CycleKind.MONTHLY, LocalDate.of(2026, 11, 25),
                                    LocalDateTime.of(2026, 11, 10, 9, 0), List.of()), inMemory(emf, org, cycle),
                                    new CountingStream());
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }));
            System.out.printf("%d lines (and %d of the previous month), H2 in memory, %d rounds after %d warm-up%n",
                    LINES, LINES, ROUNDS, WARMUP);
            long[] baseline = null;
            for (Step step : steps) {
                long[] ms = new long[ROUNDS];
                long maxAfterGc = 0;
                for (int round = -WARMUP; round < ROUNDS; round++) {
                    Measured m = measure(step.work());
                    if (round >= 0) {
                        ms[round] = m.nanos();
                        maxAfterGc = Math.max(maxAfterGc, m.heapAfterGcGrowth());
                    }
                }
                Arrays.sort(ms);
                if (baseline == null) {
                    baseline = ms;
                }
                double median = ms[ROUNDS / 2] / 1e6;
                System.out.printf("%-42s median %9.1f ms  min %9.1f ms  x baseline %8.1f  heap after GC +%,d KB%n",
                        step.name(), median, ms[0] / 1e6, ms[ROUNDS / 2] / (double) baseline[ROUNDS / 2],
                        maxAfterGc / 1024);
            }
        }
        emf.close();
    }

    private static List<DeductionLineView> memo;

    /** All lines read once, to time the PDF writer without the database. */
    private static List<DeductionLineView> inMemory(EntityManagerFactory emf, long org, long cycle) {
        if (memo == null) {
            List<DeductionLineView> lines = new ArrayList<>();
            withEm(emf, em -> new DeductionListQuery(em, org, cycle, LineFilter.NONE).streamByLineNumber(1000)
                    .forEach(lines::add));
            memo = lines;
        }
        return memo;
    }

    /** The plan H2 makes for one export batch, in the form EclipseLink writes it. */
    private static void explain(Connection db, long org, long cycle) throws Exception {
        String sql = "EXPLAIN SELECT t0.ID, t1.person_number, t2.requested_amount FROM deduction_line t0 LEFT OUTER JOIN "
                + "deduction_line t2 ON ((((t2.organization_id = t0.organization_id) AND (t2.cycle_id = ?)) AND "
                + "(t2.person_id = t0.person_id)) AND (t2.product_code = t0.product_code)), person t1 WHERE "
                + "((((t0.organization_id = ?) AND (t0.cycle_id = ?)) AND (t0.line_number > ?)) AND (t1.ID = t0.person_id)) "
                + "ORDER BY t0.line_number LIMIT 1000";
        try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setLong(1, cycle - 1);
            q.setLong(2, org);
            q.setLong(3, cycle);
            q.setInt(4, 10_000);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                System.out.println(rs.getString(1));
            }
        }
    }

    private static void export(EntityManager em, long org, long cycle, boolean pdf) {
        DeductionListQuery query = new DeductionListQuery(em, org, cycle, LineFilter.NONE);
        DeductionListHeader header = new DeductionListHeader("9000000001", "ベンチマーク労働組合", YearMonth.of(2026, 11),
                CycleKind.MONTHLY, LocalDate.of(2026, 11, 25), LocalDateTime.of(2026, 11, 10, 9, 0), query.totals());
        Iterable<DeductionLineView> lines = query.streamByLineNumber(1000);
        CountingStream out = new CountingStream();
        try {
            if (pdf) {
                DeductionPdfWriter.write(header, lines, out);
            } else {
                DeductionCsvWriter.write(header, lines, CsvEncoding.WINDOWS_31J, out);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (out.bytes == 0) {
            throw new IllegalStateException("nothing written");
        }
    }

    private static void count(Connection db, long org, long cycle) {
        try (PreparedStatement q = db.prepareStatement(
                "SELECT COUNT(*) FROM deduction_line WHERE organization_id = ? AND cycle_id = ?")) {
            q.setLong(1, org);
            q.setLong(2, cycle);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                if (rs.getLong(1) != LINES) {
                    throw new IllegalStateException("lines: " + rs.getLong(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface EmWork {
        void run(EntityManager em);
    }

    private static void withEm(EntityManagerFactory emf, EmWork work) {
        EntityManager em = emf.createEntityManager();
        try {
            work.run(em);
        } finally {
            em.close();
        }
    }

    private record Step(String name, Runnable work) {
    }

    private record Measured(long nanos, long heapAfterGcGrowth) {
    }

    /** Time and the largest heap left after a collection during the work, above the heap before it. */
    private static Measured measure(Runnable work) {
        System.gc();
        long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        AtomicLong maxAfterGc = new AtomicLong();
        List<NotificationEmitter> emitters = new ArrayList<>();
        javax.management.NotificationListener listener = (n, h) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
                maxAfterGc.accumulateAndGet(used, Math::max);
            }
        };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            NotificationEmitter emitter = (NotificationEmitter) gc;
            emitter.addNotificationListener(listener, null, null);
            emitters.add(emitter);
        }
        long start = System.nanoTime();
        work.run();
        long nanos = System.nanoTime() - start;
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException ignored) {
                // not added
            }
        }
        return new Measured(nanos, Math.max(0, maxAfterGc.get() - before));
    }

    /**
     * One organisation: persons 0..n-1 have a line now, persons 1,000..n+999 had one last month, so 1,000 lines
     * are new and 1,000 ended; every tenth line changed its amount and every twentieth is not deducted.
     */
    private static long[] generate(Connection db) throws Exception {
        try (Statement s = db.createStatement()) {
            s.executeUpdate("INSERT INTO branch (code, name) VALUES ('901', 'ベンチ支店')");
            s.executeUpdate("INSERT INTO organization (contract_number, name, name_kana, type, branch_id) "
                    + "SELECT '9000000001', 'ベンチマーク労働組合', 'ベンチマーク', 'MEMBER', id FROM branch WHERE code = '901'");
            s.executeUpdate("INSERT INTO deduction_cycle (year_month, kind, deduction_date) VALUES ('2026-10', 'MONTHLY', '2026-10-26')");
            s.executeUpdate("INSERT INTO deduction_cycle (year_month, kind, deduction_date) VALUES ('2026-11', 'MONTHLY', '2026-11-25')");
        }
        long org = single(db, "SELECT id FROM organization WHERE contract_number = '9000000001'");
        long previous = single(db, "SELECT id FROM deduction_cycle WHERE year_month = '2026-10'");
        long current = single(db, "SELECT id FROM deduction_cycle WHERE year_month = '2026-11'");
        db.setAutoCommit(false);
        try (PreparedStatement p = db.prepareStatement("INSERT INTO person (organization_id, person_number, employee_number, "
                + "name_kana, name_kanji) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < LINES + 1000; i++) {
                p.setLong(1, org);
                p.setString(2, String.format("%010d", i + 1));
                p.setString(3, String.format("E%05d", i % 100_000));
                p.setString(4, "カイイン" + (char) ('ア' + i % 40) + i);
                p.setString(5, "会員" + i);
                p.addBatch();
            }
            p.executeBatch();
        }
        long firstPerson = single(db, "SELECT MIN(id) FROM person WHERE organization_id = " + org);
        try (PreparedStatement l = db.prepareStatement("INSERT INTO deduction_line (cycle_id, organization_id, person_id, "
                + "line_number, product_code, account_branch_code, account_number, requested_amount, result_code, "
                + "payment_stopped) VALUES (?, ?, ?, ?, ?, '901', ?, ?, ?, ?)")) {
            for (int i = 0; i < LINES; i++) {
                int person = i + 1000;
                addLine(l, previous, org, firstPerson + person, i + 1, PRODUCTS[person % 5], 10_000 + person % 50 * 1000, null);
            }
            for (int i = 0; i < LINES; i++) {
                long amount = 10_000 + i % 50 * 1000 + (i % 10 == 0 ? 500 : 0);
                addLine(l, current, org, firstPerson + i, i + 1, PRODUCTS[i % 5], amount, i % 20 == 0 ? "NOT_DEDUCTED" : null);
            }
            l.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
        return new long[] {org, current};
    }

    private static void addLine(PreparedStatement l, long cycle, long org, long person, int number, String product,
                                long amount, String result) throws Exception {
        l.setLong(1, cycle);
        l.setLong(2, org);
        l.setLong(3, person);
        l.setInt(4, number);
        l.setString(5, product);
        l.setString(6, String.format("%07d", number));
        l.setLong(7, amount);
        l.setString(8, result);
        l.setBoolean(9, false);
        l.addBatch();
    }

    private static long single(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
