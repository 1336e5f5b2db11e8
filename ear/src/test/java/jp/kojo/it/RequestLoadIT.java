package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kojo.batch.requestload.RequestFileFixtures;
import jp.kojo.batch.requestload.RequestFileFixtures.Defect;
import jp.kojo.batch.requestload.RequestFileFixtures.FixtureLine;
import jp.kojo.deduction.entity.CycleKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The deduction-request-load job in the running server, started by the batch administrator through the
 * JobOperator: loads, rejects whole files, refuses a file twice, restarts from its checkpoint without
 * duplicates.
 */
@ExtendWith(ArquillianExtension.class)
class RequestLoadIT {
    private static final String UNION = "1000000001";
    private static final String PAYROLL = "2000000002";
    private static final Pattern EXECUTION_ID = Pattern.compile("\"executionId\"\\s*:\\s*(\\d+)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    private static Path inbox(String name) {
        return TestServer.home().resolve("interchange/inbox").resolve(name);
    }

    private static long start(KojoBrowserlessClient admin, String fileName, String format, String encoding) throws Exception {
        HttpResponse<String> response = admin.postJson("/api/batch/executions/deduction-request-load",
                "{\"fileName\":\"" + fileName + "\",\"format\":\"" + format + "\""
                        + (encoding == null ? "" : ",\"encoding\":\"" + encoding + "\"") + "}");
        assertEquals(201, response.statusCode(), response.body());
        Matcher id = EXECUTION_ID.matcher(response.body());
        assertTrue(id.find(), response.body());
        return Long.parseLong(id.group(1));
    }

    /** Waits (bounded) until the execution has ended; answers its JSON view. */
    private static String awaitEnd(KojoBrowserlessClient admin, long executionId) throws Exception {
        for (int i = 0; i < 600; i++) {
            String view = admin.getText("/api/batch/executions/" + executionId);
            if (view.matches("(?s).*\"batchStatus\"\\s*:\\s*\"(COMPLETED|FAILED|STOPPED|ABANDONED)\".*")) {
                return view;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("execution " + executionId + " did not end");
    }

    private static long linesOfCycle(YearMonth month, CycleKind kind) throws Exception {
        return TestServer.queryLong("SELECT COUNT(*) FROM deduction_line l JOIN deduction_cycle c ON c.id = l.cycle_id "
                + "WHERE c.year_month = ? AND c.kind = ?", month.toString(), kind.name());
    }

    @Test
    void fixedFileLoadsEveryLineAndTheSameFileTwiceIsRefused() throws Exception {
        KojoBrowserlessClient admin = new KojoBrowserlessClient("batch01").loggedInAs("batch01");
        YearMonth month = YearMonth.of(2030, 6);
        List<FixtureLine> lines = RequestFileFixtures.lines(300, UNION, PAYROLL);
        RequestFileFixtures.writeFixed(inbox("requests-203006.dat"), month, CycleKind.BONUS, LocalDate.of(2030, 6, 30), lines);

        String view = awaitEnd(admin, start(admin, "requests-203006.dat", "FIXED", null));
        assertTrue(view.contains("\"batchStatus\":\"COMPLETED\""), view);
        assertEquals(300, linesOfCycle(month, CycleKind.BONUS));
        assertEquals(RequestFileFixtures.total(lines), TestServer.queryLong("SELECT SUM(l.requested_amount) FROM deduction_line l "
                + "JOIN deduction_cycle c ON c.id = l.cycle_id WHERE c.year_month = ? AND c.kind = 'BONUS'", month.toString()));
        assertEquals("LOADED", TestServer.queryString("SELECT status FROM interchange_file WHERE file_name = ?", "requests-203006.dat"));

        // The union now sees the loaded lines in its own list.
        long cycle = TestServer.queryLong("SELECT id FROM deduction_cycle WHERE year_month = ? AND kind = 'BONUS'", month.toString());
        String csv = new String(new KojoBrowserlessClient("union01").loggedInAs("union01")
                .get("/deduction/export?cycle=" + cycle + "&format=csv&encoding=UTF8_BOM").body(), StandardCharsets.UTF_8);
        long unionLines = lines.stream().filter(l -> l.contractNumber().equals(UNION)).count();
        // Lines of the union's previous bonus cycle that ended come last, marked 終了: not lines of this file.
        assertEquals(unionLines, java.util.Arrays.stream(csv.split("\r\n")).skip(1)
                .filter(row -> !row.contains(",終了,")).count());

        String again = awaitEnd(admin, start(admin, "requests-203006.dat", "FIXED", null));
        assertTrue(again.contains("\"exitStatus\":\"ALREADY_LOADED\""), again);
        assertEquals(300, linesOfCycle(month, CycleKind.BONUS));
    }

    @Test
    void badFileIsRejectedWholeWithAReportNamingLineAndField() throws Exception {
        KojoBrowserlessClient admin = new KojoBrowserlessClient("batch01").loggedInAs("batch01");
        YearMonth month = YearMonth.of(2030, 7);
        List<FixtureLine> lines = new ArrayList<>(RequestFileFixtures.lines(50, UNION));
        lines.set(9, lines.get(9).withProductCode("99"));
        RequestFileFixtures.writeCsv(inbox("requests-203007.csv"), StandardCharsets.UTF_8, month, CycleKind.MONTHLY,
                LocalDate.of(2030, 7, 25), lines, Defect.TRAILER_TOTAL_MISMATCH);

        long execution = start(admin, "requests-203007.csv", "CSV", "UTF-8");
        String view = awaitEnd(admin, execution);
        assertTrue(view.contains("\"batchStatus\":\"FAILED\""), view);
        assertTrue(view.contains("\"exitStatus\":\"REJECTED\""), view);
        assertEquals(0, linesOfCycle(month, CycleKind.MONTHLY), "a rejected file changes no data");
        String report = admin.getText("/api/batch/executions/" + execution + "/report");
        // Line 11 of the file is the 10th data line (line 1 is the header).
        assertTrue(report.contains("行 11"), report);
        assertTrue(report.contains("商品コード") || report.contains("product"), report);
    }

    @Test
    void failedLoadRestartsFromItsCheckpointWithoutDuplicates() throws Exception {
        KojoBrowserlessClient admin = new KojoBrowserlessClient("batch01").loggedInAs("batch01");
        YearMonth month = YearMonth.of(2030, 8);
        // Chunks of 20,000 (deduction-request-load.xml): the first commits, the second fails on its refused line.
        List<FixtureLine> lines = new ArrayList<>(RequestFileFixtures.lines(24_000, UNION, PAYROLL));
        lines.set(21_999, lines.get(21_999).withAmount(777_777));
        RequestFileFixtures.writeFixed(inbox("requests-203008.dat"), month, CycleKind.MONTHLY, LocalDate.of(2030, 8, 25), lines);

        // The database refuses one line, as a full disk or a dropped connection would: the job fails mid-way.
        // The load step writes its chunks to the staging table; the complete step moves them into deduction_line.
        TestServer.update("ALTER TABLE request_line_staging ADD CONSTRAINT ck_it_refuse CHECK (requested_amount <> 777777)");
        long failed;
        try {
            failed = start(admin, "requests-203008.dat", "FIXED", null);
            String view = awaitEnd(admin, failed);
            assertTrue(view.contains("\"batchStatus\":\"FAILED\""), view);
            long partial = TestServer.queryLong("SELECT COUNT(*) FROM request_line_staging s"
                    + " JOIN interchange_file f ON f.id = s.file_id WHERE f.file_name = ?", "requests-203008.dat");
            assertEquals(20_000, partial, "the committed chunk stays");
            assertEquals(0, linesOfCycle(month, CycleKind.MONTHLY), "no line of an unfinished file is visible");
        } finally {
            TestServer.update("ALTER TABLE request_line_staging DROP CONSTRAINT ck_it_refuse");
        }

        HttpResponse<String> restart = admin.postJson("/api/batch/executions/" + failed + "/restart", "{}");
        assertEquals(201, restart.statusCode(), restart.body());
        Matcher id = EXECUTION_ID.matcher(restart.body());
        assertTrue(id.find());
        String view = awaitEnd(admin, Long.parseLong(id.group(1)));
        assertTrue(view.contains("\"batchStatus\":\"COMPLETED\""), view);
        assertEquals(24_000, linesOfCycle(month, CycleKind.MONTHLY));
        assertEquals(24_000, TestServer.queryLong("SELECT COUNT(DISTINCT l.source_record) FROM deduction_line l "
                + "JOIN deduction_cycle c ON c.id = l.cycle_id WHERE c.year_month = ?", month.toString()));
        assertEquals(RequestFileFixtures.total(lines), TestServer.queryLong("SELECT SUM(l.requested_amount) FROM deduction_line l "
                + "JOIN deduction_cycle c ON c.id = l.cycle_id WHERE c.year_month = ?", month.toString()));
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM request_line_staging s"
                + " JOIN interchange_file f ON f.id = s.file_id WHERE f.file_name = ?", "requests-203008.dat"));
    }

    @Test
    void organisationUsersCannotStartJobs() throws Exception {
        KojoBrowserlessClient union = new KojoBrowserlessClient("union01").loggedInAs("union01");
        HttpResponse<String> response = union.postJson("/api/batch/executions/deduction-request-load",
                "{\"fileName\":\"x.dat\",\"format\":\"FIXED\"}");
        assertEquals(403, response.statusCode());
    }
}
