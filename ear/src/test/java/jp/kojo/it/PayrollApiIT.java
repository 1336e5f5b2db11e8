package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * REST API v1 for the payroll type (賃金控除型) through the running server: lines with their results, a line's
 * result changed on its version (428 without If-Match, 412 stale, 422 for each rule, 403 without the update
 * right, nothing saved), approval once complete and sending; the result file uploaded and answered as the
 * reconciliation without changing anything, applied chosen and then all; bad files rejected naming row and
 * reason with nothing kept; another organisation's cycle, line and upload answered 404 on every endpoint.
 */
@ExtendWith(ArquillianExtension.class)
class PayrollApiIT {
    private static final Charset SJIS = Charset.forName("windows-31j");
    private static final String MAPPING = "\"mapping\":{\"keyKind\":\"EMPLOYEE_NUMBER\",\"keyColumn\":\"社員番号\","
            + "\"productColumn\":\"商品コード\",\"amountColumn\":\"控除額\"}";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    private static String line(PayrollFixture f, int lineNumber) {
        return "/cycles/" + f.cycleId + "/lines/" + f.line(lineNumber);
    }

    private static String results(PayrollFixture f) {
        return "/cycles/" + f.cycleId + "/results";
    }

    /** The CSV as a JSON string value (quotes and line ends escaped). */
    private static String jsonText(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "\\r").replace("\n", "\\n") + "\"";
    }

    private static long changes(long lineId) throws Exception {
        return TestServer.queryLong("SELECT COUNT(*) FROM deduction_line_change WHERE line_id = ?", lineId);
    }

    private static void assertRefused(ApiClient.Answer answer, int status, String field, String rule) {
        assertEquals(status, answer.status(), answer.toString());
        assertTrue(answer.isJson(), answer.toString());
        ModelNode json = answer.json();
        if (field != null) {
            assertEquals(field, json.get("field").asString(), answer.toString());
        }
        if (rule != null) {
            assertEquals(rule, json.get("rule").asString(), answer.toString());
        }
        assertFalse(answer.body().contains("Exception"), "no stack text: " + answer);
    }

    @Test
    void aLinesResultIsChangedOnItsVersionUnderTheRulesWithHistoryThenApprovedAndSent() throws Exception {
        PayrollFixture f = PayrollFixture.create();
        ApiClient general = ApiClient.loggedIn(f.general);

        ApiClient.Answer cycles = general.get("/cycles");
        assertEquals(200, cycles.status(), cycles.toString());
        assertTrue(cycles.body().contains("\"id\":" + f.cycleId + ","), cycles.body());
        ApiClient.Answer lines = general.get("/cycles/" + f.cycleId + "/lines?limit=10");
        assertEquals(200, lines.status(), lines.toString());
        assertEquals(6, lines.json().get("total").asInt());
        ModelNode first = lines.json().get("lines").get(0);
        assertEquals(PayrollFixture.requested(1), first.get("requestedAmount").asLong());
        assertFalse(first.get("resultCode").isDefined(), "no result yet: " + first);
        assertEquals("E0001", first.get("employeeNumber").asString());

        ApiClient.Answer one = general.get(line(f, 1));
        assertEquals(200, one.status(), one.toString());
        assertEquals("\"0\"", one.header("ETag"));

        String partial = "{\"resultCode\":\"PARTIALLY_DEDUCTED\",\"deductedAmount\":5000,\"reason\":\"INSUFFICIENT_PAY\"}";
        ApiClient.Answer noVersion = general.patch(line(f, 1), null, partial);
        assertEquals(428, noVersion.status(), noVersion.toString());
        assertTrue(noVersion.message().contains("If-Match"), noVersion.message());

        ApiClient.Answer saved = general.patch(line(f, 1), "\"0\"", partial);
        assertEquals(200, saved.status(), saved.toString());
        assertEquals("\"1\"", saved.header("ETag"));
        assertEquals("PARTIALLY_DEDUCTED", saved.json().get("resultCode").asString());
        assertEquals(5000, saved.json().get("deductedAmount").asLong());
        assertEquals(PayrollFixture.requested(1) - 5000, saved.json().get("difference").asLong());
        assertEquals("PARTIALLY_DEDUCTED", f.column("result_code", 1));
        assertEquals("5000", f.column("deducted_amount", 1));
        assertEquals(3, changes(f.line(1)), "result, amount and reason in the line's history");
        assertEquals(f.general, TestServer.queryString("SELECT MIN(changed_by) FROM deduction_line_change WHERE line_id = ?",
                f.line(1)));

        String before = f.linesState();
        ApiClient.Answer stale = general.patch(line(f, 1), "\"0\"", "{\"resultCode\":\"DEDUCTED\"}");
        assertRefused(stale, 412, null, "STALE");
        assertTrue(stale.message().contains("行 1"), stale.message());
        assertRefused(general.patch(line(f, 2), "0", "{\"resultCode\":\"NOT_DEDUCTED\"}"), 422, "reason", "REASON_REQUIRED");
        assertRefused(general.patch(line(f, 3), "0", "{\"resultCode\":\"PARTIALLY_DEDUCTED\",\"deductedAmount\":"
                + PayrollFixture.requested(3) + "}"), 422, "deductedAmount", "PARTIAL_AMOUNT_OUT_OF_RANGE");
        assertRefused(general.patch(line(f, 3), "0", "{\"resultCode\":\"DEDUCTED\",\"deductedAmount\":"
                + (PayrollFixture.requested(3) + 1) + "}"), 422, "deductedAmount", "AMOUNT_OUT_OF_RANGE");
        assertRefused(general.patch(line(f, 3), "0", "{\"resultCode\":\"NOT_DEDUCTED\",\"deductedAmount\":-1,"
                + "\"reason\":\"RETIRED\"}"), 422, "deductedAmount", "AMOUNT_OUT_OF_RANGE");
        assertRefused(general.patch(line(f, 3), "0", "{\"resultCode\":\"NOT_DEDUCTED\",\"reason\":\"OTHER\"}"),
                422, "note", "NOTE_REQUIRED");
        assertRefused(general.patch(line(f, 3), "0", "{\"resultCode\":\"MAYBE\"}"), 422, "resultCode", "UNKNOWN_RESULT_CODE");
        assertRefused(general.patch(line(f, 3), "0", "{}"), 422, "resultCode", "RESULT_REQUIRED");
        assertRefused(general.patch(line(f, 3), "0", "{\"resultCode\":\"DEDUCTED\",\"deductedAmount\":\"30123\"}"),
                400, null, null);
        assertEquals(before, f.linesState(), "refused changes save nothing");

        long viewOnlyOrg = f.organizationId;
        String viewer = TestAccounts.user("pv", viewOnlyOrg, "GENERAL", TestServer.DEMO_PASSWORD, false);
        TestServer.update("UPDATE user_service_right SET may_update = FALSE WHERE user_id = "
                + "(SELECT id FROM user_account WHERE login_id = ?)", viewer);
        ApiClient viewOnly = ApiClient.loggedIn(viewer);
        assertEquals(200, viewOnly.get(line(f, 2)).status(), "the view right reads");
        assertRefused(viewOnly.patch(line(f, 2), "0", "{\"resultCode\":\"DEDUCTED\"}"), 403, null, "NO_UPDATE_RIGHT");
        assertEquals(before, f.linesState());

        ApiClient.Answer without = general.get("/cycles/" + f.cycleId + "/lines?result=WITHOUT_RESULT");
        assertEquals(5, without.json().get("total").asInt(), without.toString());
        assertRefused(general.get("/cycles/" + f.cycleId + "/lines?result=SOME"), 400, null, null);

        ApiClient master = ApiClient.loggedIn(f.master);
        assertRefused(master.post("/cycles/" + f.cycleId + "/approve", "{}"), 409, null, "RESULTS_MISSING");
        for (int n = 2; n <= 6; n++) {
            ApiClient.Answer full = general.patch(line(f, n), "0", "{\"resultCode\":\"DEDUCTED\"}");
            assertEquals(200, full.status(), full.toString());
            assertEquals(PayrollFixture.requested(n), full.json().get("deductedAmount").asLong());
        }
        ApiClient.Answer totals = general.get("/cycles/" + f.cycleId + "/totals");
        assertEquals(200, totals.status(), totals.toString());
        assertEquals(PayrollFixture.requested(1) - 5000, totals.json().get("total").get("differenceAmount").asLong());
        assertEquals(0, totals.json().get("total").get("withoutResult").asLong());

        ApiClient.Answer approved = master.post("/cycles/" + f.cycleId + "/approve", "{}");
        assertEquals(200, approved.status(), approved.toString());
        assertEquals("APPROVED", approved.json().get("status").asString());
        ApiClient.Answer sent = master.post("/cycles/" + f.cycleId + "/send", "{}");
        assertEquals(200, sent.status(), sent.toString());
        assertEquals("SENT", sent.json().get("status").asString());
        String frozen = f.linesState();
        assertRefused(general.patch(line(f, 2), "1", "{\"resultCode\":\"NOT_DEDUCTED\",\"reason\":\"RETIRED\"}"),
                409, null, "FROZEN");
        assertEquals(frozen, f.linesState(), "a sent cycle is frozen");
    }

    @Test
    void anUploadAnswersTheReconciliationChangesNothingAndIsAppliedChosenRowsThenAll() throws Exception {
        PayrollFixture f = PayrollFixture.create();
        ApiClient general = ApiClient.loggedIn(f.general);
        String file = PayrollFixture.csv(
                "E0001,港 太郎1,30,10123",     // equal
                "E0002,港 太郎2,10,15000",     // different: 一部控除
                "E0003,港 太郎3,40,0",         // different: 控除不能
                "E0004,港 太郎4,50,99999",     // over the request
                "E9999,誰か,30,100");          // no such person; lines 5 and 6 have no row
        String before = f.linesState();
        ApiClient.Answer uploaded = general.post(results(f), "{\"fileName\":\"kyuyo.csv\",\"csv\":" + jsonText(file)
                + "," + MAPPING + "}");
        assertEquals(201, uploaded.status(), uploaded.toString());
        ModelNode r = uploaded.json();
        assertEquals(f.cycleId, r.get("cycleId").asLong());
        assertEquals(5, r.get("rowCount").asInt());
        assertEquals(1, r.get("equal").get("total").asInt());
        assertEquals(2, r.get("different").get("total").asInt());
        assertEquals(1, r.get("overRequest").get("total").asInt());
        assertEquals(1, r.get("unmatched").get("total").asInt());
        assertEquals(0, r.get("ambiguous").get("total").asInt());
        assertEquals(2, r.get("linesWithoutRow").get("total").asInt());
        assertEquals(5, r.get("linesWithoutRow").get("lines").get(0).get("lineNumber").asInt());
        assertEquals(6, r.get("linesWithoutRow").get("lines").get(1).get("lineNumber").asInt());
        ModelNode equal = r.get("equal").get("rows").get(0);
        assertEquals(2, equal.get("fileRow").asInt(), "the header is row 1");
        assertEquals(f.line(1), equal.get("lineId").asLong());
        assertEquals(0, equal.get("difference").asLong());
        ModelNode unmatched = r.get("unmatched").get("rows").get(0);
        assertEquals("E9999", unmatched.get("key").asString());
        assertFalse(unmatched.get("lineId").isDefined(), unmatched.toString());
        assertEquals(3, r.get("applicable").asInt());
        assertEquals(before, f.linesState(), "an upload changes no line");
        long uploadId = r.get("uploadId").asLong();
        assertEquals("社員番号", TestServer.queryString("SELECT key_column FROM result_upload_mapping WHERE organization_id = ?",
                f.organizationId), "the mapping is saved for the organisation");

        // The same file as the payroll system writes it (Windows-31J), as Base64, with the saved mapping.
        ApiClient.Answer again = general.post(results(f), "{\"csvBase64\":\""
                + Base64.getEncoder().encodeToString(file.getBytes(SJIS)) + "\"}");
        assertEquals(201, again.status(), again.toString());
        assertEquals("WINDOWS_31J", again.json().get("encoding").asString());
        assertEquals(2, again.json().get("different").get("total").asInt());

        ApiClient.Answer different = general.get(results(f) + "/" + uploadId + "/rows?outcome=DIFFERENT&limit=1");
        assertEquals(200, different.status(), different.toString());
        assertEquals(2, different.json().get("total").asInt());
        assertEquals(1, different.json().get("rows").asList().size());
        assertEquals(2, general.get(results(f) + "/" + uploadId + "/lines-without-row").json().get("total").asInt());

        ApiClient.Answer chosen = general.post(results(f) + "/" + uploadId + "/apply",
                "{\"rowIds\":[" + equal.get("rowId").asLong() + "]}");
        assertEquals(200, chosen.status(), chosen.toString());
        assertEquals(1, chosen.json().get("applied").asInt());
        assertEquals("DEDUCTED", f.column("result_code", 1));
        assertNull(f.column("result_code", 2), "a row not chosen is not applied");

        String afterChosen = f.linesState();
        assertRefused(general.post(results(f) + "/" + uploadId + "/apply", "{}"), 422, "zeroReason", "ZERO_REASON_REQUIRED");
        assertEquals(afterChosen, f.linesState());

        ApiClient.Answer all = general.post(results(f) + "/" + uploadId + "/apply", "{\"zeroReason\":\"RETIRED\"}");
        assertEquals(200, all.status(), all.toString());
        assertEquals(2, all.json().get("applied").asInt());
        assertEquals(3, all.json().get("reconciliation").get("applied").asInt());
        assertEquals("PARTIALLY_DEDUCTED", f.column("result_code", 2));
        assertEquals("15000", f.column("deducted_amount", 2));
        assertEquals("NOT_DEDUCTED", f.column("result_code", 3));
        assertEquals("RETIRED", f.column("not_deducted_reason", 3));
        assertNull(f.column("result_code", 4), "over the request: never applied");
        assertTrue(changes(f.line(2)) >= 2, "applied rows are in the line's history");
        assertRefused(general.post(results(f) + "/" + uploadId + "/apply", "{}"), 422, "rowIds", "NOTHING_SELECTED");
    }

    @Test
    void aBadFileIsRejectedNamingRowAndReasonAndNothingIsKept() throws Exception {
        PayrollFixture f = PayrollFixture.create();
        ApiClient general = ApiClient.loggedIn(f.general);
        String before = f.linesState();

        ApiClient.Answer notANumber = general.post(results(f), "{\"csv\":" + jsonText(PayrollFixture.csv(
                "E0001,港 太郎1,30,10123", "E0002,港 太郎2,10,abc")) + "," + MAPPING + "}");
        assertRefused(notANumber, 422, null, "FILE_REJECTED");
        ModelNode problem = notANumber.json().get("problems").get(0);
        assertEquals(3, problem.get("row").asInt(), notANumber.toString());
        assertEquals("控除額", problem.get("column").asString());
        assertEquals("NOT_A_NUMBER", problem.get("problem").asString());
        assertEquals("abc", problem.get("value").asString());
        assertTrue(problem.get("message").asString().startsWith("行 3: "), problem.toString());

        ApiClient.Answer duplicate = general.english().post(results(f), "{\"csv\":" + jsonText(PayrollFixture.csv(
                "E0001,港 太郎1,30,10123", "E0001,港 太郎1,30,10123")) + "," + MAPPING + "}");
        assertRefused(duplicate, 422, null, "FILE_REJECTED");
        assertEquals("DUPLICATE_KEY", duplicate.json().get("problems").get(0).get("problem").asString());
        assertTrue(duplicate.json().get("problems").get(0).get("message").asString().startsWith("Row 3: "), duplicate.toString());

        ApiClient.Answer missingColumn = general.post(results(f), "{\"csv\":" + jsonText(PayrollFixture.csv(
                "E0001,港 太郎1,30,10123")) + ",\"mapping\":{\"keyKind\":\"EMPLOYEE_NUMBER\",\"keyColumn\":\"社員番号\","
                + "\"productColumn\":\"商品コード\",\"amountColumn\":\"支給額\"}}");
        assertRefused(missingColumn, 422, null, "FILE_REJECTED");
        assertEquals("MISSING_COLUMN", missingColumn.json().get("problems").get(0).get("problem").asString());

        byte[] sjis = PayrollFixture.csv("E0001,港 太郎1,30,10123").getBytes(SJIS);
        ApiClient.Answer wrongEncoding = general.post(results(f), "{\"csvBase64\":\"" + Base64.getEncoder().encodeToString(sjis)
                + "\",\"mapping\":{\"keyKind\":\"EMPLOYEE_NUMBER\",\"keyColumn\":\"社員番号\",\"productColumn\":\"商品コード\","
                + "\"amountColumn\":\"控除額\",\"encoding\":\"UTF_8\"}}");
        assertRefused(wrongEncoding, 422, null, "FILE_REJECTED");
        assertEquals("ENCODING", wrongEncoding.json().get("problems").get(0).get("problem").asString());

        assertRefused(general.post(results(f), "{\"csvBase64\":\"%%%\"}"), 400, null, null);
        assertRefused(general.post(results(f), "{" + MAPPING + "}"), 422, "csvBase64", "FILE_REQUIRED");
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM result_upload WHERE organization_id = ?", f.organizationId),
                "no upload kept");
        assertEquals(before, f.linesState(), "no line changed");

        String viewer = TestAccounts.user("pv", f.organizationId, "GENERAL", TestServer.DEMO_PASSWORD, false);
        TestServer.update("UPDATE user_service_right SET may_update = FALSE WHERE user_id = "
                + "(SELECT id FROM user_account WHERE login_id = ?)", viewer);
        assertRefused(ApiClient.loggedIn(viewer).post(results(f), "{\"csv\":" + jsonText(PayrollFixture.csv(
                "E0001,港 太郎1,30,10123")) + "," + MAPPING + "}"), 403, null, "NO_UPDATE_RIGHT");
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM result_upload WHERE organization_id = ?", f.organizationId));
    }

    @Test
    void anotherOrganisationsCycleLineAndUploadAreNotFoundOnEveryEndpointAndNothingChanges() throws Exception {
        PayrollFixture own = PayrollFixture.create();
        PayrollFixture other = PayrollFixture.create();
        String csv = "{\"csv\":" + jsonText(PayrollFixture.csv("E0001,港 太郎1,30,10123")) + "," + MAPPING + "}";
        ApiClient.Answer theirs = ApiClient.loggedIn(other.general).post(results(other), csv);
        assertEquals(201, theirs.status(), theirs.toString());
        long theirUpload = theirs.json().get("uploadId").asLong();
        ApiClient.Answer mine = ApiClient.loggedIn(own.general).post(results(own), csv);
        long ownUpload = mine.json().get("uploadId").asLong();
        String otherState = other.linesState();

        ApiClient caller = ApiClient.loggedIn(own.general);
        ApiClient master = ApiClient.loggedIn(own.master);
        String cycle = "/cycles/" + other.cycleId;
        List<ApiClient.Answer> answers = new ArrayList<>(List.of(
                caller.get(cycle),
                caller.get(cycle + "/lines"),
                caller.get(cycle + "/totals"),
                caller.get(line(other, 1)),
                caller.patch(line(other, 1), "0", "{\"resultCode\":\"DEDUCTED\"}"),
                caller.post(results(other), csv),
                caller.get(results(other) + "/" + theirUpload),
                caller.get(results(other) + "/" + theirUpload + "/rows"),
                caller.get(results(other) + "/" + theirUpload + "/lines-without-row"),
                caller.post(results(other) + "/" + theirUpload + "/apply", "{}"),
                master.post(cycle + "/approve", "{}"),
                master.post(cycle + "/send", "{}"),
                // their line and upload through the caller's own cycle, the caller's upload through theirs
                caller.get("/cycles/" + own.cycleId + "/lines/" + other.line(1)),
                caller.patch("/cycles/" + own.cycleId + "/lines/" + other.line(1), "0", "{\"resultCode\":\"DEDUCTED\"}"),
                caller.get(results(own) + "/" + theirUpload),
                caller.post(results(own) + "/" + theirUpload + "/apply", "{}"),
                caller.get(results(other) + "/" + ownUpload),
                caller.post(results(other) + "/" + ownUpload + "/apply", "{}"),
                // ids that exist nowhere
                caller.get(results(own) + "/999999999"),
                caller.get("/cycles/" + own.cycleId + "/lines/999999999")));
        // A lump-sum organisation's user reaches no payroll cycle or upload either.
        ApiClient lumpSum = ApiClient.loggedIn("union01g");
        answers.add(lumpSum.post(results(other), csv));
        answers.add(lumpSum.get(results(other) + "/" + theirUpload));
        answers.add(lumpSum.post(results(other) + "/" + theirUpload + "/apply", "{}"));
        answers.add(lumpSum.get(cycle + "/totals"));
        for (ApiClient.Answer answer : answers) {
            assertEquals(404, answer.status(), answer.toString());
            assertTrue(answer.isJson(), answer.toString());
            assertFalse(answer.body().contains(String.valueOf(other.line(1))), "nothing of theirs told: " + answer);
        }
        assertFalse(caller.get("/cycles").body().contains("\"id\":" + other.cycleId + ","), "not listed");
        assertEquals(otherState, other.linesState(), "nothing of theirs changed");
        assertNull(own.column("result_code", 1), "the caller's upload was not applied through their cycle");
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM result_upload_row WHERE applied_at IS NOT NULL "
                + "AND upload_id IN (?, ?)", theirUpload, ownUpload));
        assertEquals(1, TestServer.queryLong("SELECT COUNT(*) FROM result_upload WHERE organization_id = ?",
                other.organizationId), "the caller's upload to their cycle was not kept");
        assertNull(TestServer.queryString("SELECT status FROM organization_cycle WHERE cycle_id = ? AND organization_id = ?",
                other.cycleId, own.organizationId), "no cycle of theirs opened for the caller");
    }
}
