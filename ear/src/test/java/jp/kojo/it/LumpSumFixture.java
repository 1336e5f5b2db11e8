package jp.kojo.it;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kojo.calendar.control.BusinessCalendar;
import jp.kojo.calendar.control.JapaneseHolidays;
import jp.kojo.platform.ClockProducer;

/**
 * A lump-sum cycle of its own for one test: a fresh deduction cycle with a few lines for the union, made with
 * SQL, and the cycle page driven like a browser without script would (plain form posts).
 */
public final class LumpSumFixture {
    public static final String UNION = "1000000001";
    /** Product codes of the lines made: loan, deposit, card loan, mutual aid, loan, installment savings. */
    public static final String[] PRODUCTS = {"30", "10", "40", "50", "30", "20"};
    private static final Pattern TARGETS = Pattern.compile("id=\"mark:targets\"[^>]*value=\"([^\"]*)\"|value=\"([^\"]*)\"[^>]*id=\"mark:targets\"");

    public final long cycleId;
    public final List<Long> lineIds;
    public final LocalDate paymentDate;

    private LumpSumFixture(long cycleId, List<Long> lineIds, LocalDate paymentDate) {
        this.cycleId = cycleId;
        this.lineIds = lineIds;
        this.paymentDate = paymentDate;
    }

    public static final BusinessCalendar CALENDAR = new BusinessCalendar(JapaneseHolidays::of);

    /** Today by the test server's clock (shifted into service hours). */
    public static LocalDate serverToday() {
        String offset = TestServer.property("kojo.clock.offset");
        ZonedDateTime now = ZonedDateTime.now(ClockProducer.TOKYO);
        return (offset == null ? now : now.plus(Duration.parse(offset))).toLocalDate();
    }

    /** A cycle paying three weeks ahead: well before its cut-off. */
    public static LumpSumFixture create() throws Exception {
        return create(CALENDAR.nextBusinessDay(serverToday().plusDays(21)));
    }

    public static LumpSumFixture create(LocalDate paymentDate) throws Exception {
        return create(TestServer.organizationId(UNION), paymentDate);
    }

    /** A cycle of another organisation (made by the test), with persons of its own. */
    public static LumpSumFixture createFor(long org) throws Exception {
        for (int i = 0; i < PRODUCTS.length; i++) {
            TestServer.update("INSERT INTO person (organization_id, person_number, employee_number, name_kana) "
                    + "VALUES (?, ?, ?, ?)", org, String.format("%010d", i + 1), "E" + (i + 1), "テスト　タロウ");
        }
        return create(org, CALENDAR.nextBusinessDay(serverToday().plusDays(21)));
    }

    private static LumpSumFixture create(long org, LocalDate paymentDate) throws Exception {
        try (Connection db = TestServer.database()) {
            long cycle = insertCycle(db, paymentDate);
            List<Long> persons = new ArrayList<>();
            try (PreparedStatement q = db.prepareStatement("SELECT id FROM person WHERE organization_id = ? ORDER BY id LIMIT ?")) {
                q.setLong(1, org);
                q.setInt(2, PRODUCTS.length);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        persons.add(rs.getLong(1));
                    }
                }
            }
            List<Long> lines = new ArrayList<>();
            for (int i = 0; i < PRODUCTS.length; i++) {
                try (PreparedStatement insert = db.prepareStatement("INSERT INTO deduction_line (cycle_id, organization_id, "
                        + "person_id, line_number, product_code, account_branch_code, account_number, requested_amount) "
                        + "VALUES (?, ?, ?, ?, ?, '101', ?, ?)", new String[] {"id"})) {
                    insert.setLong(1, cycle);
                    insert.setLong(2, org);
                    insert.setLong(3, persons.get(i));
                    insert.setInt(4, i + 1);
                    insert.setString(5, PRODUCTS[i]);
                    insert.setString(6, String.format("%07d", 1000 + i));
                    insert.setLong(7, 10_000L * (i + 1) + 123);
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        lines.add(keys.getLong(1));
                    }
                }
            }
            return new LumpSumFixture(cycle, lines, paymentDate);
        }
    }

    /**
     * A bonus cycle with a year-month no other cycle uses, in the past century: it sorts after every real
     * cycle, so the "current" and "previous" monthly cycles and the lists' default cycle stay what other
     * tests expect. The payment date is real and near.
     */
    static long insertCycle(Connection db, LocalDate paymentDate) throws Exception {
        for (int attempt = 0; ; attempt++) {
            String yearMonth = String.format("%04d-%02d", ThreadLocalRandom.current().nextInt(1900, 2000),
                    ThreadLocalRandom.current().nextInt(1, 13));
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO deduction_cycle (year_month, kind, deduction_date) "
                    + "VALUES (?, 'BONUS', ?)", new String[] {"id"})) {
                insert.setString(1, yearMonth);
                insert.setObject(2, paymentDate);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            } catch (java.sql.SQLException taken) {
                if (attempt > 20) {
                    throw taken;
                }
            }
        }
    }

    /**
     * Two bonus cycles in consecutive months of a past year for the inquiry (照会): the previous one with an
     * unchanged, a changed and an ended line, the current one with the unchanged line (deducted), the changed
     * one (not deducted, 20,000 → 25,000 yen) and a new one (payment stopped). Answers the current cycle; the
     * previous one is {@link #previousCycleId}, the union's persons used are {@link #persons}.
     */
    static Compared compared() throws Exception {
        long org = TestServer.organizationId(UNION);
        try (Connection db = TestServer.database()) {
            List<Long> persons = persons(db, org, 4);
            for (int attempt = 0; ; attempt++) {
                int year = ThreadLocalRandom.current().nextInt(1900, 2000);
                int month = ThreadLocalRandom.current().nextInt(1, 12);
                LocalDate date = LocalDate.of(year, month, 10);
                try {
                    long previous = insertCycle(db, String.format("%04d-%02d", year, month), date);
                    long current = insertCycle(db, String.format("%04d-%02d", year, month + 1), date.plusMonths(1));
                    insertLine(db, previous, org, persons.get(0), 1, "30", 10_000);
                    insertLine(db, previous, org, persons.get(1), 2, "10", 20_000);
                    insertLine(db, previous, org, persons.get(2), 3, "40", 30_000);
                    long unchanged = insertLine(db, current, org, persons.get(0), 1, "30", 10_000);
                    long changed = insertLine(db, current, org, persons.get(1), 2, "10", 25_000);
                    long fresh = insertLine(db, current, org, persons.get(3), 3, "40", 40_000);
                    TestServer.update("UPDATE deduction_line SET result_code = 'NOT_DEDUCTED', not_deducted_reason = 'RETIRED' "
                            + "WHERE id = ?", changed);
                    TestServer.update("UPDATE deduction_line SET result_code = 'NOT_DEDUCTED', not_deducted_reason = 'RETIRED', "
                            + "payment_stopped = TRUE WHERE id = ?", fresh);
                    return new Compared(current, previous, persons, unchanged, changed, fresh);
                } catch (java.sql.SQLException taken) {
                    if (attempt > 20) {
                        throw taken;
                    }
                }
            }
        }
    }

    record Compared(long cycleId, long previousCycleId, List<Long> persons, long unchangedLine, long changedLine,
                    long newLine) {
    }

    private static List<Long> persons(Connection db, long org, int count) throws Exception {
        List<Long> persons = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT id FROM person WHERE organization_id = ? ORDER BY id LIMIT ?")) {
            q.setLong(1, org);
            q.setInt(2, count);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    persons.add(rs.getLong(1));
                }
            }
        }
        return persons;
    }

    private static long insertCycle(Connection db, String yearMonth, LocalDate deductionDate) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO deduction_cycle (year_month, kind, deduction_date) "
                + "VALUES (?, 'BONUS', ?)", new String[] {"id"})) {
            insert.setString(1, yearMonth);
            insert.setObject(2, deductionDate);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static long insertLine(Connection db, long cycle, long org, long person, int lineNumber, String product, long amount)
            throws Exception {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO deduction_line (cycle_id, organization_id, "
                + "person_id, line_number, product_code, account_branch_code, account_number, requested_amount) "
                + "VALUES (?, ?, ?, ?, ?, '101', ?, ?)", new String[] {"id"})) {
            insert.setLong(1, cycle);
            insert.setLong(2, org);
            insert.setLong(3, person);
            insert.setInt(4, lineNumber);
            insert.setString(5, product);
            insert.setString(6, String.format("%07d", 2000 + lineNumber));
            insert.setLong(7, amount);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public long line(int lineNumber) {
        return lineIds.get(lineNumber - 1);
    }

    /** The cycle page of a logged-in user: opened once, then posted to like a browser. */
    static final class Page {
        private final KojoBrowserlessClient client;
        private String html;

        Page(KojoBrowserlessClient client, long cycleId) throws Exception {
            this.client = client;
            HttpResponse<byte[]> response = client.get("/deduction/cycle.xhtml?cycle=" + cycleId);
            if (response.statusCode() != 200) {
                throw new AssertionError("cycle page answered " + response.statusCode());
            }
            html = new String(response.body(), StandardCharsets.UTF_8);
        }

        String html() {
            return html;
        }

        /** Submits the not-deducted form as the dialog would, for lines given as "id:version,...". */
        String mark(String targets, String reason, String note, boolean paymentStop) throws Exception {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("mark", "mark");
            form.put("mark:targets", targets);
            form.put("mark:reason", reason);
            form.put("mark:note", note == null ? "" : note);
            if (paymentStop) {
                form.put("mark:paymentStop_input", "on");
            }
            form.put("mark:save", "");
            return post(form);
        }

        /** Chooses a mark and a status above the lines (blank: any), as the menus do. */
        String filter(String change, String status) throws Exception {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("lines", "lines");
            form.put("lines:change_input", change == null ? "" : change);
            form.put("lines:status_input", status == null ? "" : status);
            return post(form);
        }

        String approve() throws Exception {
            return action("actions:approve");
        }

        String send() throws Exception {
            return action("actions:send");
        }

        private String action(String button) throws Exception {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("actions", "actions");
            form.put(button, "");
            return post(form);
        }

        /** The line versions the form now carries (after a stale save the current ones). */
        String targets() {
            Matcher m = TARGETS.matcher(html);
            if (!m.find()) {
                throw new AssertionError("no targets field in the page");
            }
            return m.group(1) != null ? m.group(1) : m.group(2);
        }

        private String post(Map<String, String> form) throws Exception {
            form.putAll(KojoBrowserlessClient.formState(html));
            HttpResponse<byte[]> response = client.post("/deduction/cycle.xhtml", form);
            if (response.statusCode() != 200) {
                throw new AssertionError("post answered " + response.statusCode());
            }
            html = new String(response.body(), StandardCharsets.UTF_8);
            return html;
        }
    }
}
