package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import jp.kojo.account.control.Lockout;
import jp.kojo.platform.ClockProducer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * REST API v1 through the running server, as payroll software calls it over TLS with a user's certificate:
 * the session login (same checks and lockout as the login page, bound to the certificate), the cross-site
 * guard, cycles, lines paged and filtered, a line changed on its version (stale and broken rules refused with
 * nothing saved), dual control, sending and the cut-off, and another organisation's ids answered 404 everywhere.
 */
@ExtendWith(ArquillianExtension.class)
class LumpSumApiIT {
    private static final String PASSWORD = "Test-pass-2026";
    private static final String LOGIN_FAILED = "ログインIDまたはパスワードが正しくないか、電子証明書が登録されたものではありません。";

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @AfterEach
    void releaseClock() throws Exception {
        new ServerClock(management).release();
    }

    private static String lineColumn(String column, long lineId) throws Exception {
        return TestServer.queryString("SELECT " + column + " FROM deduction_line WHERE id = ?", lineId);
    }

    private static String cycleColumn(String column, long cycleId) throws Exception {
        return TestServer.queryString("SELECT " + column + " FROM organization_cycle WHERE cycle_id = ? AND organization_id = ?",
                cycleId, TestServer.organizationId(LumpSumFixture.UNION));
    }

    private static String lines(LumpSumFixture cycle) {
        return "/cycles/" + cycle.cycleId + "/lines";
    }

    private static String line(LumpSumFixture cycle, int lineNumber) {
        return lines(cycle) + "/" + cycle.line(lineNumber);
    }

    @Test
    void loginStartsASessionBoundToTheCertificateAndRecordedLikeThePagesAndLogoutEndsIt() throws Exception {
        long organization = TestAccounts.organization();
        TestServer.update("INSERT INTO organization_service (organization_id, service_kind) VALUES (?, 'LUMP_SUM')", organization);
        String user = TestAccounts.user("ap", organization, "MASTER", PASSWORD, false);
        String colleague = TestAccounts.user("ap", organization, "GENERAL", PASSWORD, false);

        ApiClient client = new ApiClient(user);
        ApiClient.Answer login = client.login(user, PASSWORD);
        assertEquals(200, login.status(), login.toString());
        assertEquals(user, login.json().get("loginId").asString());
        String cookie = login.headers("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("; secure")
                && cookie.toLowerCase(java.util.Locale.ROOT).contains("; httponly"), cookie);
        assertEquals(1, TestServer.queryLong("SELECT COUNT(*) FROM login_history WHERE login_id = ? AND outcome = 'SUCCESS'", user));
        ApiClient.Answer cycles = client.get("/cycles");
        assertEquals(200, cycles.status(), cycles.toString());
        assertEquals("[]", cycles.body().strip(), "a new organisation has no cycles");

        // The session over another certificate (the colleague's) is refused and ended for both.
        ApiClient thief = new ApiClient(colleague).withSessionOf(client);
        ApiClient.Answer stolen = thief.get("/cycles");
        assertEquals(401, stolen.status(), stolen.toString());
        assertTrue(stolen.isJson(), stolen.toString());
        assertTrue(stolen.message().contains("ログインしていないか、セッションが終了しました"), stolen.message());
        assertEquals(401, client.get("/cycles").status(), "the session was ended");

        ApiClient again = ApiClient.loggedIn(user, PASSWORD);
        ApiClient.Answer logout = again.post("/logout", "{}");
        assertEquals(200, logout.status(), logout.toString());
        assertEquals("ログアウトしました。", logout.message());
        ApiClient.Answer after = again.english().get("/cycles");
        assertEquals(401, after.status(), "no redirect to the login page");
        assertNull(after.header("Location"));
        assertTrue(after.message().startsWith("Not logged in"), after.message());
    }

    @Test
    void wrongPasswordAndAnotherUsersCertificateAnswerAlikeAndWrongPasswordsLockTheAccount() throws Exception {
        long organization = TestAccounts.organization();
        String user = TestAccounts.user("ap", organization, "GENERAL", PASSWORD, false);
        String other = TestAccounts.user("ap", organization, "GENERAL", PASSWORD, false);

        ApiClient.Answer wrong = new ApiClient(user).login(user, "Wrong-pass-2026");
        assertEquals(401, wrong.status(), wrong.toString());
        assertEquals(LOGIN_FAILED, wrong.message());
        assertEquals(1, TestServer.queryLong("SELECT failed_attempts FROM user_account WHERE login_id = ?", user));

        ApiClient.Answer foreign = new ApiClient(other).login(user, PASSWORD);
        assertEquals(401, foreign.status(), foreign.toString());
        assertEquals(LOGIN_FAILED, foreign.message(), "the same message whatever factor was wrong");
        assertEquals(1, TestServer.queryLong("SELECT COUNT(*) FROM login_history WHERE login_id = ? "
                + "AND outcome = 'CERTIFICATE_OF_ANOTHER_USER'", user));
        assertNull(new ApiClient(other).sessionId());

        for (int i = 1; i < Lockout.LIMIT; i++) {
            assertEquals(401, new ApiClient(user).login(user, "Wrong-pass-2026").status());
        }
        assertTrue(TestAccounts.locked(user), "five wrong passwords lock the account, as on the login page");
        ApiClient.Answer locked = new ApiClient(user).login(user, PASSWORD);
        assertEquals(401, locked.status());
        assertEquals(LOGIN_FAILED, locked.message());
    }

    @Test
    void aTemporaryPasswordIsRefusedWith403SayingSo() throws Exception {
        String user = TestAccounts.user("ap", TestAccounts.organization(), "MASTER", PASSWORD, true);
        ApiClient client = new ApiClient(user);
        ApiClient.Answer login = client.login(user, PASSWORD);
        assertEquals(403, login.status(), login.toString());
        assertTrue(login.message().contains("パスワードを変更してください"), login.message());
        assertEquals(401, client.get("/cycles").status(), "no session is left that the API could use");

        // A session of the login page with the temporary password reaches no API call either.
        KojoBrowserlessClient page = new KojoBrowserlessClient(user);
        assertEquals(302, page.login(user, PASSWORD).statusCode());
        java.net.http.HttpResponse<byte[]> call = page.get("/api/v1/cycles");
        assertEquals(403, call.statusCode());
        String body = new String(call.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(body.startsWith("{\"message\":") && body.contains("パスワードを変更してください"), body);
    }

    @Test
    void stateChangingCallsNeedRequestedWithAndJsonAndErrorsAreJson() throws Exception {
        LumpSumFixture cycle = LumpSumFixture.create();
        String user = "union01g";
        ApiClient.Answer crossSiteLogin = new ApiClient(user).postWithoutRequestedWith("/login",
                "{\"loginId\":\"" + user + "\",\"password\":\"" + TestServer.DEMO_PASSWORD + "\"}");
        assertEquals(403, crossSiteLogin.status(), crossSiteLogin.toString());
        assertTrue(crossSiteLogin.message().contains("X-Requested-With"), crossSiteLogin.message());

        ApiClient client = ApiClient.loggedIn(user);
        ApiClient.Answer crossSitePatch = client.patchWithoutRequestedWith(line(cycle, 1), "0",
                "{\"status\":\"NOT_DEDUCTED\",\"reason\":\"RETIRED\"}");
        assertEquals(403, crossSitePatch.status(), crossSitePatch.toString());
        assertNull(lineColumn("result_code", cycle.line(1)));
        ApiClient.Answer form = client.postForm("/cycles/" + cycle.cycleId + "/payment-request/approve", "a=b");
        assertEquals(415, form.status(), form.toString());
        assertTrue(form.isJson() && form.message().contains("JSON"), form.toString());
        assertNull(cycleColumn("approved_by", cycle.cycleId));

        assertEquals(401, new ApiClient(user).get("/cycles").status(), "no session, no data");
        ApiClient.Answer unknown = client.get("/nothing-here");
        assertEquals(404, unknown.status());
        assertTrue(unknown.isJson(), unknown.toString());
        assertFalse(unknown.body().contains("Exception"), unknown.body());

        java.net.http.HttpResponse<byte[]> document = new KojoBrowserlessClient(null).get("/api/v1/openapi.yaml");
        assertEquals(200, document.statusCode(), "the OpenAPI document is public");
        assertTrue(document.headers().firstValue("Content-Type").orElseThrow().startsWith("application/yaml"));
        String yaml = new String(document.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(yaml.startsWith("openapi: 3.1.0"), yaml);
        assertTrue(yaml.contains("/cycles/{cycleId}/lines/{lineId}:"));
    }

    @Test
    void cyclesAreListedAndLinesPagedAndFilteredLikeTheScreen() throws Exception {
        LumpSumFixture cycle = LumpSumFixture.create();
        ApiClient client = ApiClient.loggedIn("union01g");

        ModelNode listed = client.get("/cycles").json().asList().stream()
                .filter(c -> c.get("id").asLong() == cycle.cycleId).findFirst().orElseThrow();
        assertEquals("BONUS", listed.get("kind").asString());
        assertEquals(cycle.paymentDate.toString(), listed.get("paymentDate").asString());
        assertEquals("ISSUED", listed.get("status").asString());
        assertEquals(cycleColumn("cut_off_date", cycle.cycleId), listed.get("cutOffDate").asString());
        assertTrue(listed.get("month").asString().matches("19\\d\\d-\\d\\d"), listed.toString());

        ApiClient.Answer page = client.get(lines(cycle) + "?offset=2&limit=3");
        assertEquals(200, page.status(), page.toString());
        assertEquals(6, page.json().get("total").asLong());
        List<ModelNode> three = page.json().get("lines").asList();
        assertEquals(List.of(3, 4, 5), three.stream().map(l -> l.get("lineNumber").asInt()).toList());
        ModelNode third = three.get(0);
        assertEquals(cycle.line(3), third.get("id").asLong());
        assertEquals(0, third.get("version").asLong());
        assertEquals("CARD_LOAN_REPAYMENT", third.get("product").asString());
        assertEquals(30_123, third.get("requestedAmount").asLong());
        assertEquals("DEDUCTED", third.get("status").asString());
        assertFalse(third.get("reason").isDefined());
        assertEquals(TestServer.queryString("SELECT p.person_number FROM person p JOIN deduction_line l ON l.person_id = p.id "
                + "WHERE l.id = ?", cycle.line(3)), third.get("personNumber").asString());
        assertTrue(third.has("employeeNumber") && third.has("nameKana") && third.get("paymentStop").isDefined());

        assertEquals(200, client.patch(line(cycle, 4), "0", "{\"status\":\"NOT_DEDUCTED\",\"reason\":\"LEAVE\"}").status());
        ApiClient.Answer filtered = client.get(lines(cycle) + "?notDeductedOnly=true");
        assertEquals(1, filtered.json().get("total").asLong());
        assertEquals(cycle.line(4), filtered.json().get("lines").get(0).get("id").asLong());

        ApiClient.Answer badLimit = client.get(lines(cycle) + "?limit=0");
        assertEquals(400, badLimit.status());
        assertTrue(badLimit.message().contains("limit"), badLimit.message());
    }

    @Test
    void aLineIsChangedOnTheVersionReadAStaleVersionIsRefusedAndABrokenRuleNamesItsField() throws Exception {
        LumpSumFixture cycle = LumpSumFixture.create();
        ApiClient client = ApiClient.loggedIn("union01g");
        ApiClient.Answer read = client.get(line(cycle, 1));
        assertEquals(200, read.status(), read.toString());
        assertEquals("\"0\"", read.header("ETag"));

        ApiClient.Answer saved = client.patch(line(cycle, 1), read.header("ETag"),
                "{\"status\":\"NOT_DEDUCTED\",\"reason\":\"RETIRED\",\"note\":\"3月末退職\",\"paymentStop\":true}");
        assertEquals(200, saved.status(), saved.toString());
        assertEquals("\"1\"", saved.header("ETag"));
        assertEquals(1, saved.json().get("version").asLong());
        assertEquals("NOT_DEDUCTED", saved.json().get("status").asString());
        assertEquals("RETIRED", saved.json().get("reason").asString());
        assertTrue(saved.json().get("paymentStop").asBoolean());
        assertEquals("NOT_DEDUCTED", lineColumn("result_code", cycle.line(1)));
        assertEquals("3月末退職", lineColumn("note", cycle.line(1)));
        assertEquals("union01g", cycleColumn("last_changed_by", cycle.cycleId));
        assertEquals(4, TestServer.queryLong("SELECT COUNT(*) FROM deduction_line_change WHERE line_id = ?", cycle.line(1)));

        ApiClient other = ApiClient.loggedIn("union01");
        ApiClient.Answer stale = other.patch(line(cycle, 1), "0", "{\"status\":\"NOT_DEDUCTED\",\"reason\":\"LEAVE\"}");
        assertEquals(412, stale.status(), stale.toString());
        assertEquals("STALE", stale.json().get("rule").asString());
        assertTrue(stale.message().contains("他の利用者が先に更新した"), stale.message());
        assertEquals("RETIRED", lineColumn("not_deducted_reason", cycle.line(1)), "the line is unchanged");
        assertEquals("1", lineColumn("version", cycle.line(1)));
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM deduction_line_change WHERE line_id = ? "
                + "AND changed_by = 'union01'", cycle.line(1)));

        ApiClient.Answer noNote = client.patch(line(cycle, 1), "1", "{\"status\":\"NOT_DEDUCTED\",\"reason\":\"OTHER\"}");
        assertEquals(422, noNote.status(), noNote.toString());
        assertEquals("note", noNote.json().get("field").asString());
        assertEquals("NOTE_REQUIRED", noNote.json().get("rule").asString());
        assertTrue(noNote.message().contains("（行 1）"), noNote.message());
        ApiClient.Answer deposit = client.english().patch(line(cycle, 2), "0",
                "{\"status\":\"NOT_DEDUCTED\",\"reason\":\"RETIRED\",\"paymentStop\":true}");
        assertEquals(422, deposit.status(), deposit.toString());
        assertEquals("paymentStop", deposit.json().get("field").asString());
        assertTrue(deposit.message().contains("line 2"), deposit.message());
        ApiClient.Answer unknownReason = client.patch(line(cycle, 2), "0", "{\"status\":\"NOT_DEDUCTED\",\"reason\":\"FIRED\"}");
        assertEquals(422, unknownReason.status());
        assertEquals("reason", unknownReason.json().get("field").asString());
        assertNull(lineColumn("result_code", cycle.line(2)));

        ApiClient.Answer noIfMatch = client.patch(line(cycle, 2), null, "{\"status\":\"DEDUCTED\"}");
        assertEquals(428, noIfMatch.status(), noIfMatch.toString());
        assertTrue(noIfMatch.message().contains("If-Match"), noIfMatch.message());
        ApiClient.Answer malformed = client.patch(line(cycle, 2), "0", "{\"status\":");
        assertEquals(400, malformed.status(), malformed.toString());
        assertTrue(malformed.isJson() && !malformed.body().contains("Exception"), malformed.body());
        ApiClient.Answer wrongType = client.patch(line(cycle, 2), "0", "{\"status\":\"NOT_DEDUCTED\",\"reason\":\"LEAVE\",\"paymentStop\":\"yes\"}");
        assertEquals(400, wrongType.status(), wrongType.toString());
        assertTrue(wrongType.message().contains("paymentStop"), wrongType.message());
        assertNull(lineColumn("result_code", cycle.line(2)));

        ApiClient.Answer cleared = client.patch(line(cycle, 1), "\"1\"", "{\"status\":\"DEDUCTED\"}");
        assertEquals(200, cleared.status(), cleared.toString());
        assertEquals("DEDUCTED", cleared.json().get("status").asString());
        assertFalse(cleared.json().get("reason").isDefined());
        assertNull(lineColumn("result_code", cycle.line(1)));
    }

    @Test
    void approvalNeedsAnotherUserThanTheLastChangeAndTheSentCycleIsFrozen() throws Exception {
        LumpSumFixture cycle = LumpSumFixture.create();
        ApiClient master = ApiClient.loggedIn("union01");
        assertEquals(200, master.patch(line(cycle, 2), "0", "{\"status\":\"NOT_DEDUCTED\",\"reason\":\"RETIRED\"}").status());
        String approve = "/cycles/" + cycle.cycleId + "/payment-request/approve";
        ApiClient.Answer own = master.post(approve, "{}");
        assertEquals(403, own.status(), own.toString());
        assertEquals("SAME_USER_AS_LAST_CHANGE", own.json().get("rule").asString());
        assertEquals("IN_PROGRESS", cycleColumn("status", cycle.cycleId));

        ApiClient general = ApiClient.loggedIn("union01g");
        assertEquals(200, general.patch(line(cycle, 3), "0", "{\"status\":\"NOT_DEDUCTED\",\"reason\":\"LEAVE\",\"paymentStop\":true}").status());
        ApiClient.Answer noRight = general.post(approve, "{}");
        assertEquals(403, noRight.status(), noRight.toString());
        assertEquals("NO_SEND_RIGHT", noRight.json().get("rule").asString());
        ApiClient.Answer approved = master.post(approve, "{}");
        assertEquals(200, approved.status(), approved.toString());
        assertEquals("APPROVED", approved.json().get("status").asString());
        assertEquals("union01", cycleColumn("approved_by", cycle.cycleId));

        ModelNode request = master.get("/cycles/" + cycle.cycleId + "/payment-request").json();
        long payable = TestServer.queryLong("SELECT SUM(requested_amount) FROM deduction_line WHERE cycle_id = ? "
                + "AND result_code IS NULL AND payment_stopped = FALSE", cycle.cycleId);
        assertEquals(payable, request.get("total").get("payableAmount").asLong());
        assertEquals(2, request.get("total").get("excludedCount").asLong());
        assertEquals(LumpSumFixture.UNION, request.get("contractNumber").asString());

        ApiClient.Answer sent = master.post("/cycles/" + cycle.cycleId + "/payment-request/send", "{}");
        assertEquals(200, sent.status(), sent.toString());
        assertEquals("SENT", sent.json().get("status").asString());
        assertEquals("union01", cycleColumn("sent_by", cycle.cycleId));
        ApiClient.Answer frozen = general.patch(line(cycle, 6), "0", "{\"status\":\"NOT_DEDUCTED\",\"reason\":\"RETIRED\"}");
        assertEquals(409, frozen.status(), frozen.toString());
        assertEquals("FROZEN", frozen.json().get("rule").asString());
        assertNull(lineColumn("result_code", cycle.line(6)));
    }

    @Test
    void sendingAfterTheCutOffIsRefusedNamingTheCutOffDate() throws Exception {
        LocalDate realToday = LocalDate.now(ClockProducer.TOKYO);
        LocalDate payment = LumpSumFixture.CALENDAR.nextBusinessDay(realToday.plusDays(14));
        LocalDate cutOff = LumpSumFixture.CALENDAR.businessDaysBefore(payment, 2);
        LumpSumFixture cycle = LumpSumFixture.create(payment);
        assertEquals(200, ApiClient.loggedIn("union01g").patch(line(cycle, 1), "0",
                "{\"status\":\"NOT_DEDUCTED\",\"reason\":\"RETIRED\"}").status());
        assertEquals(cutOff.toString(), cycleColumn("cut_off_date", cycle.cycleId));
        assertEquals(200, ApiClient.loggedIn("union01").post("/cycles/" + cycle.cycleId + "/payment-request/approve", "{}").status());

        new ServerClock(management).pin(LumpSumFixture.CALENDAR.nextBusinessDay(cutOff).atTime(10, 0).atZone(ClockProducer.TOKYO));
        ApiClient master = ApiClient.loggedIn("union01");
        ApiClient.Answer refused = master.post("/cycles/" + cycle.cycleId + "/payment-request/send", "{}");
        assertEquals(409, refused.status(), refused.toString());
        assertEquals("CUT_OFF_PASSED", refused.json().get("rule").asString());
        String date = DateTimeFormatter.ofPattern("yyyy年M月d日").format(cutOff);
        assertTrue(refused.message().contains("送信期限（" + date + "）"), refused.message());
        assertEquals("APPROVED", cycleColumn("status", cycle.cycleId));
        assertNull(cycleColumn("sent_by", cycle.cycleId));
    }

    @Test
    void anotherOrganisationsCycleAndLineAreNotFoundOnEveryEndpointAndNothingChanges() throws Exception {
        LumpSumFixture cycle = LumpSumFixture.create();
        // Another organisation of the lump-sum type, with a cycle of its own.
        long other = TestAccounts.organization();
        TestServer.update("INSERT INTO organization_service (organization_id, service_kind) VALUES (?, 'LUMP_SUM')", other);
        String otherMaster = TestAccounts.user("ao", other, "MASTER", "Fence-Test-2026", false);
        long ownCycle = LumpSumFixture.createFor(other).cycleId;
        ApiClient payroll = ApiClient.loggedIn(otherMaster, "Fence-Test-2026");
        String union = "/cycles/" + cycle.cycleId;
        List<ApiClient.Answer> answers = List.of(
                payroll.get(union),
                payroll.get(union + "/lines"),
                payroll.get(line(cycle, 1)),
                payroll.patch(line(cycle, 1), "0", "{\"status\":\"NOT_DEDUCTED\",\"reason\":\"RETIRED\"}"),
                payroll.get(union + "/payment-request"),
                payroll.post(union + "/payment-request/approve", "{}"),
                payroll.post(union + "/payment-request/send", "{}"),
                // the union's line through the caller's own cycle, and ids that exist nowhere
                payroll.get("/cycles/" + ownCycle + "/lines/" + cycle.line(1)),
                payroll.patch("/cycles/" + ownCycle + "/lines/" + cycle.line(1), "0", "{\"status\":\"DEDUCTED\"}"),
                payroll.get("/cycles/999999999"),
                payroll.get("/cycles/not-a-number/lines"));
        for (ApiClient.Answer answer : answers) {
            assertEquals(404, answer.status(), answer.toString());
            assertTrue(answer.isJson(), answer.toString());
            assertNotNull(answer.message());
        }
        assertFalse(payroll.get("/cycles").body().contains("\"id\":" + cycle.cycleId + ","), "not listed");
        assertNull(lineColumn("result_code", cycle.line(1)));
        assertEquals("0", lineColumn("version", cycle.line(1)));
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM deduction_line_change WHERE line_id = ?", cycle.line(1)));
        assertNull(cycleColumn("status", cycle.cycleId), "the union's cycle was never opened");
    }

    @Test
    void aPayrollTypeOrganisationGetsItsPayrollLinesAndNoLumpSumPaymentRequest() throws Exception {
        PayrollFixture f = PayrollFixture.create();
        ApiClient payroll = ApiClient.loggedIn(f.master);
        ApiClient.Answer cycles = payroll.get("/cycles");
        assertEquals(200, cycles.status(), cycles.toString());
        assertTrue(cycles.body().contains("\"id\":" + f.cycleId + ","), cycles.body());
        ApiClient.Answer lines = payroll.get("/cycles/" + f.cycleId + "/lines");
        assertTrue(lines.json().get("lines").get(0).has("resultCode"), "payroll lines carry their results: " + lines);
        assertFalse(lines.json().get("lines").get(0).has("paymentStop"), lines.toString());
        ApiClient.Answer paymentRequest = payroll.get("/cycles/" + f.cycleId + "/payment-request");
        assertEquals(403, paymentRequest.status(), paymentRequest.toString());
        assertTrue(paymentRequest.isJson(), paymentRequest.toString());
    }
}
