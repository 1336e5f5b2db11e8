package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The deduction-results-out job in the running server, started over the REST API: a sent cycle's file in the
 * outbox record by record against the database, exported once; a sent payroll-type cycle with the results the
 * organisation reported (a line without one fails the export with no file, the restart writes it once); a
 * cycle not sent left alone, a reopened and resent cycle exported again as a correction, and a failure mid-file
 * or after the file restarted into one complete file with no temporary file left.
 */
@ExtendWith(ArquillianExtension.class)
class ResultsOutIT {
    private static final String JOB = "deduction-results-out";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    private static KojoBrowserlessClient admin() throws Exception {
        return new KojoBrowserlessClient("batch01").loggedInAs("batch01");
    }

    private static LumpSumFixture.Page page(String loginId, long cycleId) throws Exception {
        return new LumpSumFixture.Page(new KojoBrowserlessClient(loginId).loggedInAs(loginId), cycleId);
    }

    /** The cycle's year-month and kind as the job parameters' JSON. */
    private static String cycleJson(long cycleId) throws Exception {
        return "{\"yearMonth\":\"" + TestServer.queryString("SELECT year_month FROM deduction_cycle WHERE id = ?", cycleId)
                + "\",\"kind\":\"" + TestServer.queryString("SELECT kind FROM deduction_cycle WHERE id = ?", cycleId) + "\"}";
    }

    private static long organizationCycle(long cycleId) throws Exception {
        return TestServer.queryLong("SELECT id FROM organization_cycle WHERE cycle_id = ? AND organization_id = ?", cycleId,
                TestServer.organizationId(LumpSumFixture.UNION));
    }

    private static long exports(long cycleId) throws Exception {
        return TestServer.queryLong("SELECT COUNT(*) FROM results_export e JOIN organization_cycle oc ON oc.id = e.organization_cycle_id "
                + "WHERE oc.cycle_id = ?", cycleId);
    }

    private static String exportColumn(String column, long cycleId, int exportNumber) throws Exception {
        return TestServer.queryString("SELECT e." + column + " FROM results_export e JOIN organization_cycle oc "
                + "ON oc.id = e.organization_cycle_id WHERE oc.cycle_id = ? AND e.export_number = ?", cycleId, exportNumber);
    }

    private static String run(KojoBrowserlessClient admin, long cycleId) throws Exception {
        return BatchApi.awaitEnd(admin, BatchApi.start(admin, JOB, cycleJson(cycleId)));
    }

    /** Marks three lines as the general user (退職 + payment stop on a loan, その他 with a note, 休職); master sends. */
    private static void markAndSend(LumpSumFixture cycle) throws Exception {
        LumpSumFixture.Page general = page("union01g", cycle.cycleId);
        general.mark(cycle.line(1) + ":0", "RETIRED", null, true);
        general.mark(cycle.line(3) + ":0", "OTHER", "転居先不明", false);
        general.mark(cycle.line(4) + ":0", "LEAVE", null, false);
        LumpSumFixture.Page master = page("union01", cycle.cycleId);
        assertTrue(master.approve().contains("承認しました。"));
        assertTrue(master.send().contains("まとめ入金依頼書を送信しました。"));
    }

    /** Over the API: line 1 一部控除 5,000 yen (給与不足), line 2 控除不能 (退職), the others 全額控除. */
    private static void enterResults(PayrollFixture f) throws Exception {
        ApiClient general = ApiClient.loggedIn(f.general);
        String path = "/cycles/" + f.cycleId + "/lines/";
        assertEquals(200, general.patch(path + f.line(1), "0",
                "{\"resultCode\":\"PARTIALLY_DEDUCTED\",\"deductedAmount\":5000,\"reason\":\"INSUFFICIENT_PAY\"}").status());
        assertEquals(200, general.patch(path + f.line(2), "0", "{\"resultCode\":\"NOT_DEDUCTED\",\"reason\":\"RETIRED\"}").status());
        for (int n = 3; n <= PayrollFixture.PRODUCTS.length; n++) {
            assertEquals(200, general.patch(path + f.line(n), "0", "{\"resultCode\":\"DEDUCTED\"}").status());
        }
    }

    private static void approveAndSend(PayrollFixture f) throws Exception {
        ApiClient master = ApiClient.loggedIn(f.master);
        assertEquals(200, master.post("/cycles/" + f.cycleId + "/approve", "{}").status());
        assertEquals(200, master.post("/cycles/" + f.cycleId + "/send", "{}").status());
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static List<String> outboxNames() throws Exception {
        if (!Files.isDirectory(ResultsFile.outbox())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(ResultsFile.outbox())) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** Every data record against its line in the database; totals and trailer against SQL sums. */
    private static void assertFileHoldsTheDatabase(ResultsFile file, long cycleId) throws Exception {
        assertTrue(file.records.stream().allMatch(r -> r.getBytes(ResultsFile.WINDOWS_31J).length == 120), "120 bytes each");
        String header = file.ofType('1').get(0);
        assertEquals("162" + LumpSumFixture.UNION, header.substring(0, 13));
        assertEquals(TestServer.queryString("SELECT year_month FROM deduction_cycle WHERE id = ?", cycleId).replace("-", ""),
                header.substring(13, 19));
        assertEquals("2", header.substring(19, 20), "bonus");
        assertEquals("1", header.substring(44, 45), "まとめ入金型");

        List<ResultsFile.Data> data = file.data();
        assertEquals(LumpSumFixture.PRODUCTS.length, data.size());
        try (Connection db = TestServer.database(); PreparedStatement q = db.prepareStatement("SELECT l.line_number, "
                + "p.person_number, p.employee_number, p.name_kana, l.product_code, l.account_branch_code, l.account_number, "
                + "l.requested_amount, l.result_code, l.not_deducted_reason, l.payment_stopped FROM deduction_line l "
                + "JOIN person p ON p.id = l.person_id WHERE l.cycle_id = ? ORDER BY l.line_number")) {
            q.setLong(1, cycleId);
            try (ResultSet rs = q.executeQuery()) {
                for (ResultsFile.Data d : data) {
                    assertTrue(rs.next());
                    String where = "line " + d.lineNumber();
                    assertEquals(LumpSumFixture.UNION, d.contract(), where);
                    assertEquals(rs.getInt(1), d.lineNumber(), where);
                    assertEquals(rs.getString(2), d.personNumber(), where);
                    assertEquals(rs.getString(3) == null ? "" : rs.getString(3), d.employeeNumber(), where);
                    assertEquals(ResultsFile.comparableName(rs.getString(4)), d.nameKana(), where);
                    assertEquals(rs.getString(5), d.product(), where);
                    assertEquals(rs.getString(6), d.branch(), where);
                    assertEquals(rs.getString(7), d.account(), where);
                    assertEquals(rs.getLong(8), d.requested(), where);
                    boolean notDeducted = "NOT_DEDUCTED".equals(rs.getString(9));
                    assertEquals(notDeducted ? '3' : '1', d.result(), where);
                    assertEquals(notDeducted ? 0 : rs.getLong(8), d.deducted(), where);
                    String reason = rs.getString(10);
                    assertEquals(reason == null ? '0' : switch (reason) {
                        case "RETIRED" -> '1';
                        case "LEAVE" -> '2';
                        case "DECEASED" -> '3';
                        case "INSUFFICIENT_PAY" -> '4';
                        default -> '9';
                    }, d.reason(), where);
                    assertEquals(rs.getBoolean(11) ? '1' : '0', d.paymentStop(), where);
                }
                assertFalse(rs.next());
            }
        }
        String trailer = file.ofType('8').get(0);
        String sums = "SELECT COUNT(*), COALESCE(SUM(requested_amount), 0) FROM deduction_line WHERE cycle_id = ?";
        assertEquals(String.format("%08d%015d", TestServer.queryLong(sums, cycleId),
                TestServer.queryLong(sums.replace("COUNT(*)", "SUM(requested_amount)"), cycleId)), trailer.substring(11, 34));
        String notDeducted = sums + " AND result_code = 'NOT_DEDUCTED'";
        assertEquals(String.format("%08d%015d", TestServer.queryLong(notDeducted, cycleId),
                TestServer.queryLong(notDeducted.replace("COUNT(*)", "SUM(requested_amount)"), cycleId)), trailer.substring(34, 57));
        String stopped = sums + " AND payment_stopped = TRUE";
        assertEquals(String.format("%08d%015d", TestServer.queryLong(stopped, cycleId),
                TestServer.queryLong(stopped.replace("COUNT(*)", "SUM(requested_amount)"), cycleId)), trailer.substring(57, 80));
        String payable = sums + " AND (result_code IS NULL OR result_code <> 'NOT_DEDUCTED')";
        assertEquals(String.format("%08d%015d", TestServer.queryLong(payable, cycleId),
                TestServer.queryLong(payable.replace("COUNT(*)", "SUM(requested_amount)"), cycleId)), trailer.substring(80, 103));
        // One totals record per product, adding up to the trailer.
        List<String> totals = file.ofType('7');
        assertEquals(TestServer.queryLong("SELECT COUNT(DISTINCT product_code) FROM deduction_line WHERE cycle_id = ?", cycleId),
                totals.size());
        assertEquals(Long.parseLong(trailer.substring(19, 34)),
                totals.stream().mapToLong(t -> Long.parseLong(t.substring(21, 36))).sum());
        assertEquals("9000001", file.records.get(file.records.size() - 1).stripTrailing());
    }

    @Test
    void aSentCycleIsWrittenOnceRecordByRecordAsTheDatabaseHoldsIt() throws Exception {
        LumpSumFixture cycle = LumpSumFixture.create();
        markAndSend(cycle);
        KojoBrowserlessClient admin = admin();

        String view = run(admin, cycle.cycleId);
        assertTrue(view.contains("\"batchStatus\":\"COMPLETED\"") && view.contains("\"exitStatus\":\"EXPORTED\""), view);
        String fileName = exportColumn("file_name", cycle.cycleId, 1);
        assertTrue(view.contains("\"fileName\":\"" + fileName + "\""), "the execution names its file: " + view);
        assertEquals("EXPORTED", exportColumn("status", cycle.cycleId, 1));
        ResultsFile file = ResultsFile.read(fileName);
        assertEquals(sha256(file.path), exportColumn("sha256", cycle.cycleId, 1));
        assertFileHoldsTheDatabase(file, cycle.cycleId);
        assertEquals("01" + "0", file.ofType('1').get(0).substring(45, 48), "first export, no correction");

        List<String> before = outboxNames();
        String again = run(admin, cycle.cycleId);
        assertTrue(again.contains("\"batchStatus\":\"COMPLETED\"") && again.contains("\"exitStatus\":\"NOTHING_TO_EXPORT\""), again);
        assertEquals(1, exports(cycle.cycleId), "no second record");
        assertEquals(before, outboxNames(), "no new file");
    }

    @Test
    void aSentPayrollCycleIsWrittenWithTheReportedResultsOnceAndNotAgain() throws Exception {
        PayrollFixture f = PayrollFixture.create();
        KojoBrowserlessClient admin = admin();
        enterResults(f);
        assertTrue(run(admin, f.cycleId).contains("\"exitStatus\":\"NOTHING_TO_EXPORT\""), "not sent yet");
        approveAndSend(f);

        String view = run(admin, f.cycleId);
        assertTrue(view.contains("\"batchStatus\":\"COMPLETED\"") && view.contains("\"exitStatus\":\"EXPORTED\""), view);
        String fileName = exportColumn("file_name", f.cycleId, 1);
        ResultsFile file = ResultsFile.read(fileName);
        assertEquals(sha256(file.path), exportColumn("sha256", f.cycleId, 1));
        assertTrue(file.records.stream().allMatch(r -> r.getBytes(ResultsFile.WINDOWS_31J).length == 120), "120 bytes each");
        String contract = TestServer.queryString("SELECT contract_number FROM organization WHERE id = ?", f.organizationId);
        String header = file.ofType('1').get(0);
        assertEquals("162" + contract, header.substring(0, 13));
        assertEquals("2", header.substring(44, 45), "賃金控除型");

        List<ResultsFile.Data> data = file.data();
        assertEquals(PayrollFixture.PRODUCTS.length, data.size());
        for (ResultsFile.Data d : data) {
            int n = d.lineNumber();
            String where = "line " + n;
            assertEquals(contract, d.contract(), where);
            assertEquals(String.format("E%04d", n), d.employeeNumber(), where);
            assertEquals(PayrollFixture.PRODUCTS[n - 1], d.product(), where);
            assertEquals(PayrollFixture.requested(n), d.requested(), where);
            assertEquals(Long.parseLong(f.column("deducted_amount", n)), d.deducted(), where + ": as stored");
            assertEquals('0', d.paymentStop(), where);
        }
        assertEquals(5000, data.get(0).deducted());
        assertEquals('2', data.get(0).result(), "一部控除");
        assertEquals('4', data.get(0).reason(), "給与不足");
        assertEquals(0, data.get(1).deducted());
        assertEquals('3', data.get(1).result(), "控除不能");
        assertEquals('1', data.get(1).reason(), "退職");
        for (ResultsFile.Data d : data.subList(2, data.size())) {
            assertEquals(d.requested(), d.deducted());
            assertEquals('1', d.result());
            assertEquals('0', d.reason());
        }
        long requested = 0;
        for (int n = 1; n <= PayrollFixture.PRODUCTS.length; n++) {
            requested += PayrollFixture.requested(n);
        }
        long paid = requested - PayrollFixture.requested(2) - (PayrollFixture.requested(1) - 5000);
        String trailer = file.ofType('8').get(0);
        assertEquals(String.format("8%s%08d%015d%08d%015d%08d%015d%08d%015d", contract, 6, requested, 1,
                PayrollFixture.requested(2), 0, 0, 5, paid), trailer.stripTrailing());
        assertEquals(paid, file.ofType('7').stream().mapToLong(t -> Long.parseLong(t.substring(90, 105))).sum(),
                "the products' amounts to be paid add up to the trailer's");
        assertEquals("9000001", file.records.get(file.records.size() - 1).stripTrailing());

        List<String> before = outboxNames();
        assertTrue(run(admin, f.cycleId).contains("\"exitStatus\":\"NOTHING_TO_EXPORT\""), "exported once");
        assertEquals(1, exports(f.cycleId));
        assertEquals(before, outboxNames(), "no new file");
    }

    @Test
    void aPayrollLineWithoutAResultFailsTheExportLeavingNoFileAndTheRestartWritesItWholeOnce() throws Exception {
        PayrollFixture f = PayrollFixture.create();
        enterResults(f);
        approveAndSend(f);
        // A result lost after sending (a repair in the database, say): the export must not invent one.
        TestServer.update("UPDATE deduction_line SET result_code = NULL WHERE id = ?", f.line(4));
        KojoBrowserlessClient admin = admin();
        List<String> before = outboxNames();
        long failed = BatchApi.start(admin, JOB, cycleJson(f.cycleId));
        String view = BatchApi.awaitEnd(admin, failed);
        assertTrue(view.contains("\"batchStatus\":\"FAILED\""), view);
        assertEquals(before, outboxNames(), "no file and no temporary file");
        assertEquals("PENDING", exportColumn("status", f.cycleId, 1));

        TestServer.update("UPDATE deduction_line SET result_code = 'DEDUCTED' WHERE id = ?", f.line(4));
        String restarted = BatchApi.awaitEnd(admin, BatchApi.restart(admin, failed));
        assertTrue(restarted.contains("\"batchStatus\":\"COMPLETED\"") && restarted.contains("\"exitStatus\":\"EXPORTED\""),
                restarted);
        String fileName = exportColumn("file_name", f.cycleId, 1);
        List<String> after = new java.util.ArrayList<>(outboxNames());
        after.removeAll(before);
        assertEquals(List.of(fileName), after, "one file, whole");
        ResultsFile file = ResultsFile.read(fileName);
        assertEquals(PayrollFixture.PRODUCTS.length, file.data().size());
        assertEquals('1', file.data().get(3).result());
        assertEquals(sha256(file.path), exportColumn("sha256", f.cycleId, 1));
        assertEquals(1, exports(f.cycleId), "exported once");
        assertTrue(run(admin, f.cycleId).contains("\"exitStatus\":\"NOTHING_TO_EXPORT\""));
    }

    @Test
    void aCycleNotSentIsNotWrittenAndAReopenedOneSentAgainIsWrittenAgainAsACorrection() throws Exception {
        LumpSumFixture cycle = LumpSumFixture.create();
        page("union01g", cycle.cycleId).mark(cycle.line(2) + ":0", "RETIRED", null, false);
        KojoBrowserlessClient admin = admin();
        String notSent = run(admin, cycle.cycleId);
        assertTrue(notSent.contains("\"exitStatus\":\"NOTHING_TO_EXPORT\""), notSent);
        assertEquals(0, exports(cycle.cycleId));

        LumpSumFixture.Page master = page("union01", cycle.cycleId);
        master.approve();
        master.send();
        assertTrue(run(admin, cycle.cycleId).contains("\"exitStatus\":\"EXPORTED\""));
        String first = exportColumn("file_name", cycle.cycleId, 1);

        KojoBrowserlessClient bank = new KojoBrowserlessClient("bank01").loggedInAs("bank01");
        HttpResponse<byte[]> reopened = bank.submit("/bank/lump-sum.xhtml", "reopen", Map.of("chosen",
                TestServer.organizationId(LumpSumFixture.UNION) + ":" + cycle.cycleId, "reason", "結果訂正"), "submit");
        assertEquals(200, reopened.statusCode());
        assertEquals("IN_PROGRESS", TestServer.queryString("SELECT status FROM organization_cycle WHERE id = ?",
                organizationCycle(cycle.cycleId)));
        String whileOpen = run(admin, cycle.cycleId);
        assertTrue(whileOpen.contains("\"exitStatus\":\"NOTHING_TO_EXPORT\""), "a reopened cycle waits: " + whileOpen);

        page("union01g", cycle.cycleId).mark(cycle.line(5) + ":0", "DECEASED", null, true);
        master = page("union01", cycle.cycleId);
        master.approve();
        master.send();
        assertTrue(run(admin, cycle.cycleId).contains("\"exitStatus\":\"EXPORTED\""));
        assertEquals(2, exports(cycle.cycleId));
        String second = exportColumn("file_name", cycle.cycleId, 2);
        assertFalse(second.equals(first), "a new file");
        ResultsFile file = ResultsFile.read(second);
        assertEquals("02" + "1", file.ofType('1').get(0).substring(45, 48), "second export, a correction");
        assertFileHoldsTheDatabase(file, cycle.cycleId);
        assertEquals('3', file.data().get(4).result(), "the line marked after reopening");
        assertEquals("01" + "0", ResultsFile.read(first).ofType('1').get(0).substring(45, 48), "the first file stays as it was");
    }

    @Test
    void aFailureMidFileLeavesNoFileAndTheRestartWritesItWhole() throws Exception {
        LumpSumFixture cycle = LumpSumFixture.create();
        markAndSend(cycle);
        long requested = TestServer.queryLong("SELECT requested_amount FROM deduction_line WHERE id = ?", cycle.line(5));
        // A value the 10-digit field cannot hold: the writer stops in the middle of the file, as on a full disk.
        TestServer.update("UPDATE deduction_line SET requested_amount = 99999999999 WHERE id = ?", cycle.line(5));
        KojoBrowserlessClient admin = admin();
        long failed;
        String fileName;
        try {
            failed = BatchApi.start(admin, JOB, cycleJson(cycle.cycleId));
            String view = BatchApi.awaitEnd(admin, failed);
            assertTrue(view.contains("\"batchStatus\":\"FAILED\""), view);
            fileName = exportColumn("file_name", cycle.cycleId, 1);
            assertEquals("PENDING", exportColumn("status", cycle.cycleId, 1));
            assertFalse(outboxNames().contains(fileName), "no file");
            assertFalse(outboxNames().contains("." + fileName + ".tmp"), "no temporary file");
        } finally {
            TestServer.update("UPDATE deduction_line SET requested_amount = ? WHERE id = ?", requested, cycle.line(5));
        }

        String view = BatchApi.awaitEnd(admin, BatchApi.restart(admin, failed));
        assertTrue(view.contains("\"batchStatus\":\"COMPLETED\"") && view.contains("\"exitStatus\":\"EXPORTED\""), view);
        assertEquals(1, exports(cycle.cycleId));
        assertEquals(fileName, exportColumn("file_name", cycle.cycleId, 1));
        assertFalse(outboxNames().contains("." + fileName + ".tmp"));
        ResultsFile file = ResultsFile.read(fileName);
        assertFileHoldsTheDatabase(file, cycle.cycleId);
        assertEquals(sha256(file.path), exportColumn("sha256", cycle.cycleId, 1));
    }

    @Test
    void aFailureAfterTheFileBeforeItsRecordRestartsIntoTheSameOneFile() throws Exception {
        LumpSumFixture cycle = LumpSumFixture.create();
        markAndSend(cycle);
        long oc = organizationCycle(cycle.cycleId);
        KojoBrowserlessClient admin = admin();
        // The database refuses to record this export: the file is in the outbox, its record is not.
        TestServer.update("ALTER TABLE results_export ADD CONSTRAINT ck_it_refuse_export CHECK (status <> 'EXPORTED' "
                + "OR organization_cycle_id <> " + oc + ")");
        long failed;
        String fileName;
        String firstSha;
        try {
            failed = BatchApi.start(admin, JOB, cycleJson(cycle.cycleId));
            String view = BatchApi.awaitEnd(admin, failed);
            assertTrue(view.contains("\"batchStatus\":\"FAILED\""), view);
            fileName = exportColumn("file_name", cycle.cycleId, 1);
            assertEquals("PENDING", exportColumn("status", cycle.cycleId, 1));
            assertNull(exportColumn("sha256", cycle.cycleId, 1));
            assertTrue(outboxNames().contains(fileName), "the file was written");
            firstSha = sha256(ResultsFile.outbox().resolve(fileName));
        } finally {
            TestServer.update("ALTER TABLE results_export DROP CONSTRAINT ck_it_refuse_export");
        }
        List<String> before = outboxNames();

        String view = BatchApi.awaitEnd(admin, BatchApi.restart(admin, failed));
        assertTrue(view.contains("\"batchStatus\":\"COMPLETED\""), view);
        assertEquals(before, outboxNames(), "the same one file, no second");
        assertEquals(1, exports(cycle.cycleId));
        assertEquals("EXPORTED", exportColumn("status", cycle.cycleId, 1));
        assertEquals(firstSha, exportColumn("sha256", cycle.cycleId, 1), "written again byte for byte");
        assertFileHoldsTheDatabase(ResultsFile.read(fileName), cycle.cycleId);
    }

    @Test
    void badParametersAreRefusedByNameAndOrganisationUsersCannotStartTheJob() throws Exception {
        HttpResponse<String> bad = admin().postJson("/api/batch/executions/" + JOB, "{\"yearMonth\":\"202513\",\"kind\":\"BONUS\"}");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("\"code\":\"INVALID_YEAR_MONTH\""), bad.body());
        HttpResponse<String> kind = admin().postJson("/api/batch/executions/" + JOB, "{\"yearMonth\":\"202504\",\"kind\":\"X\"}");
        assertTrue(kind.body().contains("\"code\":\"INVALID_KIND\""), kind.body());
        HttpResponse<String> union = new KojoBrowserlessClient("union01").loggedInAs("union01")
                .postJson("/api/batch/executions/" + JOB, "{}");
        assertEquals(403, union.statusCode());
    }
}
