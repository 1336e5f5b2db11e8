package jp.kojo.it;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A payroll-type organisation of its own for one test: a master and a general user (certificates, the demo
 * password), six people with employee numbers E0001… and a fresh cycle with one line each, made with SQL; and
 * the result list and reconciliation pages driven like a browser without script would (plain form posts).
 */
public final class PayrollFixture {
    /** Product codes of the lines: loan, deposit, card loan, mutual aid, loan, installment savings. */
    static final String[] PRODUCTS = {"30", "10", "40", "50", "30", "20"};
    private static final Pattern UPLOAD_ID = Pattern.compile("upload=(\\d+)");

    public final long organizationId;
    public final String master;
    public final String general;
    public final long cycleId;
    public final List<Long> lineIds;

    private PayrollFixture(long organizationId, String master, String general, long cycleId, List<Long> lineIds) {
        this.organizationId = organizationId;
        this.master = master;
        this.general = general;
        this.cycleId = cycleId;
        this.lineIds = lineIds;
    }

    public static PayrollFixture create() throws Exception {
        return create(LumpSumFixture.CALENDAR.nextBusinessDay(LumpSumFixture.serverToday().plusDays(21)));
    }

    static PayrollFixture create(LocalDate paymentDate) throws Exception {
        long org = TestAccounts.organization();
        TestServer.update("INSERT INTO organization_service (organization_id, service_kind) VALUES (?, 'PAYROLL')", org);
        String master = TestAccounts.user("pm", org, "MASTER", TestServer.DEMO_PASSWORD, false);
        String general = TestAccounts.user("pg", org, "GENERAL", TestServer.DEMO_PASSWORD, false);
        try (Connection db = TestServer.database()) {
            long cycle = LumpSumFixture.insertCycle(db, paymentDate);
            List<Long> lines = new ArrayList<>();
            for (int i = 0; i < PRODUCTS.length; i++) {
                long person;
                try (PreparedStatement insert = db.prepareStatement("INSERT INTO person (organization_id, person_number, "
                        + "employee_number, name_kana, name_kanji) VALUES (?, ?, ?, ?, ?)", new String[] {"id"})) {
                    insert.setLong(1, org);
                    insert.setString(2, String.format("%010d", 100 + i));
                    insert.setString(3, String.format("E%04d", i + 1));
                    insert.setString(4, "ミナト タロウ" + (i + 1));
                    insert.setString(5, "港 太郎" + (i + 1));
                    insert.executeUpdate();
                    person = key(insert);
                }
                try (PreparedStatement insert = db.prepareStatement("INSERT INTO deduction_line (cycle_id, organization_id, "
                        + "person_id, line_number, product_code, account_branch_code, account_number, requested_amount) "
                        + "VALUES (?, ?, ?, ?, ?, '101', ?, ?)", new String[] {"id"})) {
                    insert.setLong(1, cycle);
                    insert.setLong(2, org);
                    insert.setLong(3, person);
                    insert.setInt(4, i + 1);
                    insert.setString(5, PRODUCTS[i]);
                    insert.setString(6, String.format("%07d", 2000 + i));
                    insert.setLong(7, requested(i + 1));
                    insert.executeUpdate();
                    lines.add(key(insert));
                }
            }
            return new PayrollFixture(org, master, general, cycle, lines);
        }
    }

    /**
     * An organisation with {@code count} people E000000… and one line each (products in turn, requested
     * 1,000 + i yen), inserted in JDBC batches: for the volume test.
     */
    static PayrollFixture createLarge(int count) throws Exception {
        long org = TestAccounts.organization();
        TestServer.update("INSERT INTO organization_service (organization_id, service_kind) VALUES (?, 'PAYROLL')", org);
        String general = TestAccounts.user("pv", org, "GENERAL", TestServer.DEMO_PASSWORD, false);
        String[] codes = {"10", "20", "30", "40", "50"};
        try (Connection db = TestServer.database()) {
            long cycle = LumpSumFixture.insertCycle(db,
                    LumpSumFixture.CALENDAR.nextBusinessDay(LumpSumFixture.serverToday().plusDays(21)));
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO person (organization_id, person_number, "
                    + "employee_number, name_kana) VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < count; i++) {
                    insert.setLong(1, org);
                    insert.setString(2, String.format("%07d", i));
                    insert.setString(3, String.format("E%06d", i));
                    insert.setString(4, "ミナト タロウ");
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO deduction_line (cycle_id, organization_id, "
                    + "person_id, line_number, product_code, account_branch_code, account_number, requested_amount) "
                    + "SELECT ?, ?, id, ?, ?, '101', '0000001', ? FROM person WHERE organization_id = ? AND person_number = ?")) {
                for (int i = 0; i < count; i++) {
                    insert.setLong(1, cycle);
                    insert.setLong(2, org);
                    insert.setInt(3, i + 1);
                    insert.setString(4, codes[i % codes.length]);
                    insert.setLong(5, 1_000L + i);
                    insert.setLong(6, org);
                    insert.setString(7, String.format("%07d", i));
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            return new PayrollFixture(org, null, general, cycle, List.of());
        }
    }

    /** The requested amount of a line: 10,123 / 20,123 / … */
    public static long requested(int lineNumber) {
        return 10_000L * lineNumber + 123;
    }

    private static long key(PreparedStatement insert) throws Exception {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    public long line(int lineNumber) {
        return lineIds.get(lineNumber - 1);
    }

    public String column(String column, int lineNumber) throws Exception {
        return TestServer.queryString("SELECT " + column + " FROM deduction_line WHERE id = ?", line(lineNumber));
    }

    /** Every line's result, amount, reason and version, to prove nothing changed. */
    public String linesState() throws Exception {
        StringBuilder state = new StringBuilder();
        for (int i = 1; i <= PRODUCTS.length; i++) {
            state.append(column("result_code", i)).append('/').append(column("deducted_amount", i)).append('/')
                    .append(column("not_deducted_reason", i)).append('/').append(column("version", i)).append(';');
        }
        return state.toString();
    }

    long uploads() throws Exception {
        return TestServer.queryLong("SELECT COUNT(*) FROM result_upload WHERE organization_id = ?", organizationId);
    }

    /** A result file as a payroll system writes it: header, then employee number, name, product code, amount. */
    public static String csv(String... rows) {
        StringBuilder csv = new StringBuilder("社員番号,氏名,商品コード,控除額\r\n");
        for (String row : rows) {
            csv.append(row).append("\r\n");
        }
        return csv.toString();
    }

    /** A page of a logged-in user: opened once, then posted to like a browser. */
    static final class Page {
        private final KojoBrowserlessClient client;
        private final String path;
        private String html;
        private int status;
        private String location;

        Page(KojoBrowserlessClient client, String path) throws Exception {
            this.client = client;
            this.path = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            HttpResponse<byte[]> response = client.get(path);
            status = response.statusCode();
            html = new String(response.body(), StandardCharsets.UTF_8);
        }

        static Page results(String loginId, long cycleId) throws Exception {
            return new Page(new KojoBrowserlessClient(loginId).loggedInAs(loginId), "/deduction/results.xhtml?cycle=" + cycleId);
        }

        Page open(String otherPath) throws Exception {
            return new Page(client, otherPath);
        }

        KojoBrowserlessClient client() {
            return client;
        }

        int status() {
            return status;
        }

        String html() {
            return html;
        }

        /** Submits the result entry as the dialog would, for lines given as "id:version,...". */
        String enter(String targets, String result, String amount, String reason, String note) throws Exception {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("entry", "entry");
            form.put("entry:targets", targets);
            form.put("entry:result", result == null ? "" : result);
            form.put("entry:amount", amount == null ? "" : amount);
            form.put("entry:reason", reason == null ? "" : reason);
            form.put("entry:note", note == null ? "" : note);
            form.put("entry:save", "");
            return post(form);
        }

        String allWithoutResult() throws Exception {
            return button("lines", "lines:all-without-result");
        }

        String approve() throws Exception {
            return button("actions", "actions:approve");
        }

        String send() throws Exception {
            return button("actions", "actions:send");
        }

        /** Posts the upload form with a file; answers the upload id when Kojo accepted it, else null (see html()). */
        Long upload(byte[] file, String encoding, String keyColumn, String productColumn, String amountColumn) throws Exception {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("upload", "upload");
            form.put("upload:encoding", encoding);
            form.put("upload:keyKind", "EMPLOYEE_NUMBER");
            form.put("upload:keyColumn", keyColumn);
            form.put("upload:productColumn", productColumn);
            form.put("upload:amountColumn", amountColumn);
            form.put("upload:submit", "");
            form.putAll(KojoBrowserlessClient.formState(html));
            HttpResponse<byte[]> response = client.postMultipart(path, form, "upload:file", "results.csv", file);
            status = response.statusCode();
            html = new String(response.body(), StandardCharsets.UTF_8);
            if (status == 302) {
                location = response.headers().firstValue("Location").orElseThrow();
                Matcher m = UPLOAD_ID.matcher(location);
                if (!m.find()) {
                    throw new AssertionError("redirect without an upload: " + location);
                }
                return Long.parseLong(m.group(1));
            }
            if (status != 200) {
                throw new AssertionError("upload answered " + status + ": " + html);
            }
            return null;
        }

        /** On the reconciliation page: applies every matched row, or the given row ids, with a reason for 0 yen. */
        String apply(List<Long> rowIds, String zeroReason) throws Exception {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("apply", "apply");
            form.put("apply:zeroReason", zeroReason == null ? "" : zeroReason);
            form.put("apply:zeroNote", "");
            if (rowIds == null) {
                form.put("apply:apply-all", "");
            } else {
                form.put("apply:rows_selection", String.join(",", rowIds.stream().map(String::valueOf).toList()));
                form.put("apply:apply-selected", "");
            }
            return post(form);
        }

        private String button(String formId, String button) throws Exception {
            Map<String, String> form = new LinkedHashMap<>();
            form.put(formId, formId);
            form.put(button, "");
            return post(form);
        }

        private String post(Map<String, String> form) throws Exception {
            form.putAll(KojoBrowserlessClient.formState(html));
            HttpResponse<byte[]> response = client.post(path, form);
            if (response.statusCode() != 200) {
                throw new AssertionError("post answered " + response.statusCode());
            }
            html = new String(response.body(), StandardCharsets.UTF_8);
            return html;
        }
    }
}
