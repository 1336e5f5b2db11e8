package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.kojo.batch.requestload.RequestFileFixtures;
import jp.kojo.batch.requestload.RequestFileFixtures.FixtureLine;
import jp.kojo.calendar.control.BusinessCalendar;
import jp.kojo.calendar.control.JapaneseHolidays;
import jp.kojo.deduction.entity.CycleKind;
import jp.kojo.platform.ClockProducer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The import-speed benchmark of docs/benchmarks.md §2, not a test: {@code ./kojo bench-import} runs it alone (its
 * name does not end in IT, so the suite never does). On the benchmark's own PostgreSQL database and server
 * (-Xmx512m): makes {@code bench.orgs} organisations, writes a fixed request file of {@code bench.lines} lines
 * into the inbox, starts deduction-request-load through the batch REST API as the batch administrator would, and
 * while it runs samples the server's heap (management API) and the request-list screen's latency (union01, HTTPS
 * with its client certificate). Checks the loaded lines, then loads the same persons and lines with COPY
 * (a) into copies of person and deduction_line with their keys and indexes, (b) into bare tables of the same
 * columns. Prints the figures and writes them to ear/target/bench-import.txt.
 */
@ExtendWith(ArquillianExtension.class)
class ImportSpeedBenchmark {
    private static final YearMonth MONTH = YearMonth.of(2040, 1);
    private static final LocalDate DEDUCTION_DAY = LocalDate.of(2040, 1, 25);
    private static final String FILE = "bench-import.dat";

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void importSpeed() throws Exception {
        int lines = Integer.getInteger("bench.lines", 1_000_000);
        int orgs = Integer.getInteger("bench.orgs", 10_000);
        List<String> report = new ArrayList<>();
        try (Connection c = TestServer.database()) {
            report.add(String.format(Locale.ROOT, "import-speed benchmark: %,d lines, %,d organisations, PostgreSQL %s,"
                    + " %d cores", lines, orgs, c.getMetaData().getDatabaseProductVersion(),
                    Runtime.getRuntime().availableProcessors()));
        }

        String[] contracts = createOrganisations(orgs);
        Path file = TestServer.home().resolve("interchange/inbox").resolve(FILE);
        long total = writeFile(file, lines, contracts);
        report.add(String.format(Locale.ROOT, "file: %,d bytes, amount total %,d", Files.size(file), total));

        // Service hours: the list screen answers on a business day before 20:00 (Tokyo).
        BusinessCalendar calendar = new BusinessCalendar(JapaneseHolidays::of);
        ServerClock clock = new ServerClock(management);
        clock.pin(calendar.nextBusinessDay(LocalDate.now(ClockProducer.TOKYO)).atTime(10, 0).atZone(ClockProducer.TOKYO));
        try {
            KojoBrowserlessClient admin = new KojoBrowserlessClient("batch01").loggedInAs("batch01");
            ServerSampler sampler = new ServerSampler(management, new KojoBrowserlessClient("union01").loggedInAs("union01"));
            ServerSampler.Latencies idle = sampler.listLatenciesIdle(20);
            report.add("request list, idle server (20 requests): " + idle);
            try (Connection c = TestServer.database()) {
                execute(c, "CHECKPOINT"); // as before the baselines: no earlier writes left to flush
            }
            sampler.start();
            long started = System.nanoTime();
            long execution = BatchApi.start(admin, "deduction-request-load", "{\"fileName\":\"" + FILE + "\",\"format\":\"FIXED\"}");
            String view = awaitEnd(admin, execution);
            double jobSeconds = (System.nanoTime() - started) / 1e9;
            sampler.stop();
            assertTrue(view.contains("\"batchStatus\":\"COMPLETED\""), view);
            long fileId = checkLoaded(lines, total);

            report.add(String.format(Locale.ROOT, "job (REST start to observed end, validation included): %.1f s, %,.0f lines/s",
                    jobSeconds, lines / jobSeconds));
            report.addAll(stepTimes(execution));
            report.add("server heap used during the job (max -Xmx512m): " + sampler.heap());
            report.add("request list during the job: " + sampler.listLatencies());

            Map<String, Double> copy = ImportBaselines.run(file, fileId);
            double a = copy.get("a");
            double b = copy.get("b");
            report.add(String.format(Locale.ROOT, "baseline (a) COPY into person + deduction_line copies with keys and indexes: %.1f s"
                    + " (persons %.1f s, lines %.1f s)", a, copy.get("a.persons"), copy.get("a.lines")));
            double aNoTriggers = copy.get("a.noTriggers");
            report.add(String.format(Locale.ROOT, "baseline (a') the same COPY with the foreign-key triggers off: %.1f s",
                    aNoTriggers));
            report.add(String.format(Locale.ROOT, "baseline (b) COPY into bare tables of the same columns: %.1f s", b));
            report.add(String.format(Locale.ROOT, "ratios: job/(a) = %.2f, job/(a') = %.2f, job/(b) = %.2f",
                    jobSeconds / a, jobSeconds / aNoTriggers, jobSeconds / b));
        } finally {
            clock.release();
        }
        String text = String.join("\n", report) + "\n";
        System.out.println("\n" + text);
        Path out = Path.of(System.getProperty("kojo.ear")).resolveSibling("bench-import.txt");
        Files.writeString(out, text);
    }

    /** Organisations 8000000001… (type MEMBER, the first branch): none of them has lines yet. */
    private static String[] createOrganisations(int n) throws Exception {
        String[] contracts = new String[n];
        try (Connection c = TestServer.database()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO organization (contract_number, name, name_kana, type, branch_id)"
                            + " VALUES (?, ?, 'ベンチ', 'MEMBER', (SELECT MIN(id) FROM branch))")) {
                for (int i = 0; i < n; i++) {
                    contracts[i] = String.format("8%09d", i + 1);
                    ps.setString(1, contracts[i]);
                    ps.setString(2, "ベンチ団体" + (i + 1));
                    ps.addBatch();
                    if (i % 1000 == 999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
        }
        return contracts;
    }

    /** The lines {@link RequestFileFixtures#lines} would make, streamed (1,000,000 would not fit a list nicely). */
    private static long writeFile(Path file, int n, String[] contracts) throws IOException {
        long total = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            write(out, RequestFileFixtures.headerRecord(MONTH, CycleKind.MONTHLY, DEDUCTION_DAY,
                    RequestFileFixtures.CREATION_DATE, 1));
            for (int i = 0; i < n; i++) {
                FixtureLine line = RequestFileFixtures.line(i, contracts);
                total += line.amount();
                write(out, RequestFileFixtures.dataRecord(line));
            }
            write(out, RequestFileFixtures.trailerRecord(n, total));
            write(out, RequestFileFixtures.endRecord());
        }
        return total;
    }

    private static void write(OutputStream out, byte[] record) throws IOException {
        out.write(record);
        out.write('\r');
        out.write('\n');
    }

    private static String awaitEnd(KojoBrowserlessClient admin, long executionId) throws Exception {
        long deadline = System.nanoTime() + 3_600_000_000_000L;
        while (System.nanoTime() < deadline) {
            String view = admin.getText("/api/batch/executions/" + executionId);
            if (view.matches("(?s).*\"batchStatus\"\\s*:\\s*\"(COMPLETED|FAILED|STOPPED|ABANDONED)\".*")) {
                return view;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("execution " + executionId + " did not end within an hour");
    }

    /** What the rest of Kojo reads: every line once, the amount total, the file LOADED, nothing left staged. */
    private static long checkLoaded(int lines, long total) throws Exception {
        long fileId = TestServer.queryLong("SELECT id FROM interchange_file WHERE file_name = ?", FILE);
        assertEquals("LOADED", TestServer.queryString("SELECT status FROM interchange_file WHERE id = ?", fileId));
        assertEquals(lines, TestServer.queryLong("SELECT COUNT(*) FROM deduction_line WHERE source_file_id = ?", fileId));
        assertEquals(total, TestServer.queryLong("SELECT SUM(requested_amount) FROM deduction_line WHERE source_file_id = ?", fileId));
        assertEquals(lines, TestServer.queryLong("SELECT COUNT(DISTINCT person_id) FROM deduction_line WHERE source_file_id = ?", fileId));
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM request_line_staging WHERE file_id = ?", fileId));
        // Line numbers 1..k per organisation, in file order.
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM (SELECT line_number, ROW_NUMBER() OVER"
                + " (PARTITION BY organization_id ORDER BY source_record) AS nth FROM deduction_line"
                + " WHERE source_file_id = ?) l WHERE line_number <> nth", fileId));
        return fileId;
    }

    /** The job's steps as JBeret recorded them. */
    private static List<String> stepTimes(long execution) throws Exception {
        Map<String, Double> steps = new LinkedHashMap<>();
        try (Connection c = TestServer.database(); PreparedStatement ps = c.prepareStatement(
                "SELECT stepname, EXTRACT(EPOCH FROM (endtime - starttime)) FROM step_execution"
                        + " WHERE jobexecutionid = ? ORDER BY stepexecutionid")) {
            ps.setLong(1, execution);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    steps.put(rs.getString(1), rs.getDouble(2));
                }
            }
        }
        List<String> out = new ArrayList<>();
        steps.forEach((step, seconds) -> out.add(String.format(Locale.ROOT, "  step %-8s %.1f s", step, seconds)));
        return out;
    }

    static void execute(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
