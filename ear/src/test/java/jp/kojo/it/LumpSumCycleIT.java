package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kojo.platform.ClockProducer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * まとめ入金 through the running server: marking lines not deducted (one, a selection, all or nothing), a stale
 * save refused without losing anything, the payment request against SQL and as PDF, dual control, the cut-off
 * with the server's clock moved past it, a sent cycle frozen, and another organisation fenced out. Each test
 * makes its own cycle.
 */
@ExtendWith(ArquillianExtension.class)
class LumpSumCycleIT {
    private static final Pattern PAYABLE_TOTAL = Pattern.compile("id=\"actions:totals:payable-total\">([\\d,]+)<");

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

    private static LumpSumFixture.Page page(String loginId, long cycleId) throws Exception {
        return new LumpSumFixture.Page(new KojoBrowserlessClient(loginId).loggedInAs(loginId), cycleId);
    }

    private static String column(String column, long lineId) throws Exception {
        return TestServer.queryString("SELECT " + column + " FROM deduction_line WHERE id = ?", lineId);
    }

    private static String cycleColumn(String column, long cycleId) throws Exception {
        return TestServer.queryString("SELECT " + column + " FROM organization_cycle WHERE cycle_id = ? AND organization_id = ?",
                cycleId, TestServer.organizationId(LumpSumFixture.UNION));
    }

    @Test
    void markingLinesRecordsReasonVersionAndHistoryOneOrASelectionAllOrNothing() throws Exception {
        LumpSumFixture cycle = LumpSumFixture.create();
        LumpSumFixture.Page page = page("union01g", cycle.cycleId);
        assertTrue(page.html().contains("依頼済"), "a new cycle is issued");

        String saved = page.mark(cycle.line(1) + ":0", "OTHER", "転居先不明", true);
        assertTrue(saved.contains("1件の明細を控除不能として保存しました。"), saved);
        long line1 = cycle.line(1);
        assertEquals("NOT_DEDUCTED", column("result_code", line1));
        assertEquals("OTHER", column("not_deducted_reason", line1));
        assertEquals("転居先不明", column("note", line1));
        // Booleans compared in SQL: H2 and PostgreSQL spell them differently as text.
        assertEquals(1, TestServer.queryLong("SELECT COUNT(*) FROM deduction_line WHERE id = ? AND payment_stopped = TRUE", line1));
        assertEquals("1", column("version", line1));
        assertEquals(4, TestServer.queryLong("SELECT COUNT(*) FROM deduction_line_change WHERE line_id = ? AND changed_by = 'union01g'", line1));
        assertEquals("OTHER", TestServer.queryString("SELECT after_value FROM deduction_line_change WHERE line_id = ? AND field = 'reason'", line1));
        assertEquals("IN_PROGRESS", cycleColumn("status", cycle.cycleId));
        assertEquals("union01g", cycleColumn("last_changed_by", cycle.cycleId));

        // A selection: both lines or none. Payment stop on a deposit (line 2) refuses the loan (line 5) too.
        String refused = page.mark(cycle.line(5) + ":0," + cycle.line(2) + ":0", "RETIRED", "", true);
        assertTrue(refused.contains("行 2 の商品は入金中止を指定できません。"), refused);
        assertNull(column("result_code", cycle.line(5)));
        assertEquals("0", column("version", cycle.line(5)));
        String both = page.mark(cycle.line(5) + ":0," + cycle.line(2) + ":0", "RETIRED", "", false);
        assertTrue(both.contains("2件の明細を控除不能として保存しました。"), both);
        assertEquals("RETIRED", column("not_deducted_reason", cycle.line(2)));
        assertEquals("RETIRED", column("not_deducted_reason", cycle.line(5)));

        String noNote = page.mark(cycle.line(3) + ":0", "OTHER", " ", false);
        assertTrue(noNote.contains("事由が「その他」のときは備考を入力してください（行 3）。"), noNote);
        assertNull(column("result_code", cycle.line(3)));
    }

    @Test
    void aStaleSaveIsRefusedKeepsWhatWasTypedAndLosesNoUpdate() throws Exception {
        LumpSumFixture cycle = LumpSumFixture.create();
        long line = cycle.line(1);
        LumpSumFixture.Page first = page("union01g", cycle.cycleId);
        LumpSumFixture.Page second = page("union01", cycle.cycleId);

        first.mark(line + ":0", "LEAVE", "一人目の入力", false);
        String stale = second.mark(line + ":0", "OTHER", "二人目の入力", false);
        assertTrue(stale.contains("行 1 は他の利用者が先に更新したため保存できませんでした。"), stale);
        assertTrue(stale.contains("value=\"二人目の入力\""), "the typed note is still in the form");
        assertEquals("一人目の入力", column("note", line));
        assertEquals("LEAVE", column("not_deducted_reason", line));
        assertEquals("1", column("version", line));
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM deduction_line_change WHERE line_id = ? AND changed_by = 'union01'", line));

        // Told so, the second user saves deliberately on top: both changes stay in the history.
        assertEquals(line + ":1", second.targets());
        String again = second.mark(second.targets(), "OTHER", "二人目の入力", false);
        assertTrue(again.contains("1件の明細を控除不能として保存しました。"), again);
        assertEquals("二人目の入力", column("note", line));
        assertEquals("一人目の入力", TestServer.queryString("SELECT before_value FROM deduction_line_change "
                + "WHERE line_id = ? AND field = 'note' AND changed_by = 'union01'", line));
    }

    @Test
    void thePaymentRequestEqualsSqlOverTheLinesOnScreenAndInThePdf() throws Exception {
        LumpSumFixture cycle = LumpSumFixture.create();
        LumpSumFixture.Page page = page("union01g", cycle.cycleId);
        page.mark(cycle.line(1) + ":0", "DECEASED", null, true);
        String html = page.mark(cycle.line(4) + ":0", "INSUFFICIENT_PAY", null, false);

        long requested = TestServer.queryLong("SELECT SUM(requested_amount) FROM deduction_line WHERE cycle_id = ?", cycle.cycleId);
        long payable = TestServer.queryLong("SELECT SUM(requested_amount) FROM deduction_line WHERE cycle_id = ? "
                + "AND result_code IS NULL AND payment_stopped = FALSE", cycle.cycleId);
        assertTrue(payable < requested);
        Matcher total = PAYABLE_TOTAL.matcher(html);
        assertTrue(total.find(), html);
        assertEquals(String.format("%,d", payable), total.group(1));

        HttpResponse<byte[]> pdf = new KojoBrowserlessClient("union01").loggedInAs("union01")
                .get("/deduction/payment-request?cycle=" + cycle.cycleId);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("まとめ入金依頼書"), text);
            assertTrue(text.contains(LumpSumFixture.UNION), text);
            assertTrue(text.contains(String.format("%,d円", requested)), text);
            assertTrue(text.contains(String.format("%,d円", payable)), text);
            assertTrue(text.contains("証書貸付返済"), text);
        }
    }

    @Test
    void theGeneralUserMarksTheMasterApprovesAndSendsAndTheSentCycleIsFrozen() throws Exception {
        LumpSumFixture cycle = LumpSumFixture.create();
        LumpSumFixture.Page general = page("union01g", cycle.cycleId);
        assertTrue(general.html().contains("承認・送信は送信権限のある利用者が行います。"));
        assertFalse(general.html().contains("id=\"actions:approve\""), "no approve button without the send right");
        general.mark(cycle.line(3) + ":0", "LEAVE", null, true);

        LumpSumFixture.Page master = page("union01", cycle.cycleId);
        String approved = master.approve();
        assertTrue(approved.contains("承認しました。送信できます。"), approved);
        assertEquals("APPROVED", cycleColumn("status", cycle.cycleId));
        assertEquals("union01", cycleColumn("approved_by", cycle.cycleId));
        assertEquals(1, TestServer.queryLong("SELECT COUNT(*) FROM organization_cycle WHERE cycle_id = ? AND organization_id = ? "
                + "AND approved_alone = FALSE", cycle.cycleId, TestServer.organizationId(LumpSumFixture.UNION)));
        String sent = master.send();
        assertTrue(sent.contains("まとめ入金依頼書を送信しました。"), sent);
        assertEquals("SENT", cycleColumn("status", cycle.cycleId));
        assertEquals("union01", cycleColumn("sent_by", cycle.cycleId));

        String frozen = general.mark(cycle.line(6) + ":0", "RETIRED", null, false);
        assertTrue(frozen.contains("送信済みのため変更できません。"), frozen);
        assertNull(column("result_code", cycle.line(6)));
        assertEquals("SENT", cycleColumn("status", cycle.cycleId));
    }

    @Test
    void theUserWhoMadeTheLastChangeCannotApproveIt() throws Exception {
        LumpSumFixture cycle = LumpSumFixture.create();
        LumpSumFixture.Page master = page("union01", cycle.cycleId);
        master.mark(cycle.line(2) + ":0", "RETIRED", null, false);
        String refused = master.approve();
        assertTrue(refused.contains("最後に明細を変更した利用者は承認できません。"), refused);
        assertEquals("IN_PROGRESS", cycleColumn("status", cycle.cycleId));
        assertNull(cycleColumn("approved_by", cycle.cycleId));
    }

    @Test
    void sendingAfterTheCutOffIsRefusedNamingTheCutOffDate() throws Exception {
        LocalDate realToday = LocalDate.now(ClockProducer.TOKYO);
        LocalDate payment = LumpSumFixture.CALENDAR.nextBusinessDay(realToday.plusDays(14));
        LocalDate cutOff = LumpSumFixture.CALENDAR.businessDaysBefore(payment, 2);
        LumpSumFixture cycle = LumpSumFixture.create(payment);
        // The cut-off is fixed when the organisation first opens the cycle, here before the clock moves.
        page("union01g", cycle.cycleId).mark(cycle.line(1) + ":0", "RETIRED", null, false);
        assertEquals(cutOff.toString(), cycleColumn("cut_off_date", cycle.cycleId));
        page("union01", cycle.cycleId).approve();
        assertEquals("APPROVED", cycleColumn("status", cycle.cycleId));

        LocalDate dayAfter = LumpSumFixture.CALENDAR.nextBusinessDay(cutOff);
        new ServerClock(management).pin(dayAfter.atTime(10, 0).atZone(ClockProducer.TOKYO));
        LumpSumFixture.Page master = page("union01", cycle.cycleId);
        assertTrue(master.html().contains("期限経過"), "the page shows the cut-off passed");
        String refused = master.send();
        String date = DateTimeFormatter.ofPattern("yyyy年M月d日").format(cutOff);
        assertTrue(refused.contains("送信期限（" + date + "）を過ぎているため送信できません。"), refused);
        assertEquals("APPROVED", cycleColumn("status", cycle.cycleId));
        assertNull(cycleColumn("sent_by", cycle.cycleId));
    }

    @Test
    void theBankReopensASentCycleForARecordedReasonAndTheOrganisationMayChangeItAgain() throws Exception {
        LumpSumFixture cycle = LumpSumFixture.create();
        LumpSumFixture.Page general = page("union01g", cycle.cycleId);
        general.mark(cycle.line(1) + ":0", "RETIRED", null, false);
        LumpSumFixture.Page master = page("union01", cycle.cycleId);
        master.approve();
        master.send();
        assertEquals("SENT", cycleColumn("status", cycle.cycleId));

        KojoBrowserlessClient bank = new KojoBrowserlessClient("bank01").loggedInAs("bank01");
        String chosen = TestServer.organizationId(LumpSumFixture.UNION) + ":" + cycle.cycleId;
        String noReason = reopen(bank, chosen, "");
        assertTrue(noReason.contains("再開の理由を200文字以内で入力してください。"), noReason);
        assertEquals("SENT", cycleColumn("status", cycle.cycleId));
        String reopened = reopen(bank, chosen, "控除結果の訂正依頼（電話受付）");
        assertTrue(reopened.contains("サイクルを再開しました。"), reopened);
        assertEquals("IN_PROGRESS", cycleColumn("status", cycle.cycleId));
        assertEquals("bank01", cycleColumn("reopened_by", cycle.cycleId));
        assertEquals("控除結果の訂正依頼（電話受付）", cycleColumn("reopen_reason", cycle.cycleId));
        assertEquals(1, TestServer.queryLong("SELECT COUNT(*) FROM audit_event WHERE action = 'CYCLE_REOPENED' "
                + "AND target_cycle_id = ? AND actor_login_id = 'bank01' AND reason = ?", cycle.cycleId,
                "控除結果の訂正依頼（電話受付）"), "also in the audit log");
        assertNull(cycleColumn("approved_by", cycle.cycleId), "the approval is withdrawn");

        LumpSumFixture.Page again = page("union01g", cycle.cycleId);
        assertTrue(again.html().contains("控除結果の訂正依頼（電話受付）"), "the organisation sees why");
        String saved = again.mark(cycle.line(2) + ":0", "LEAVE", null, false);
        assertTrue(saved.contains("1件の明細を控除不能として保存しました。"), saved);
        assertEquals(403, new KojoBrowserlessClient("union01").loggedInAs("union01").get("/bank/lump-sum.xhtml").statusCode());
    }

    private static String reopen(KojoBrowserlessClient bank, String chosen, String reason) throws Exception {
        assertTrue(bank.getText("/bank/lump-sum.xhtml").contains("value=\"" + chosen + "\""), "the sent cycle is offered");
        HttpResponse<byte[]> response = bank.submit("/bank/lump-sum.xhtml", "reopen",
                java.util.Map.of("chosen", chosen, "reason", reason), "submit");
        assertEquals(200, response.statusCode());
        return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void twoUsersOpeningANewCycleAtOnceMakeOneOrganisationCycle() throws Exception {
        LumpSumFixture cycle = LumpSumFixture.create();
        KojoBrowserlessClient master = new KojoBrowserlessClient("union01").loggedInAs("union01");
        KojoBrowserlessClient general = new KojoBrowserlessClient("union01g").loggedInAs("union01g");
        String path = "/deduction/cycle.xhtml?cycle=" + cycle.cycleId;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var answers = pool.invokeAll(java.util.List.<java.util.concurrent.Callable<Integer>>of(
                    () -> master.get(path).statusCode(), () -> general.get(path).statusCode(),
                    () -> master.get(path).statusCode(), () -> general.get(path).statusCode()));
            for (var answer : answers) {
                assertEquals(200, answer.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, TestServer.queryLong("SELECT COUNT(*) FROM organization_cycle WHERE cycle_id = ?", cycle.cycleId));
        assertEquals("ISSUED", cycleColumn("status", cycle.cycleId));
    }

    @Test
    void anotherOrganisationGetsNotFoundForTheCycleAndNoSuchLineAndNothingChanges() throws Exception {
        LumpSumFixture cycle = LumpSumFixture.create();
        KojoBrowserlessClient payroll = new KojoBrowserlessClient("payroll01").loggedInAs("payroll01");
        assertEquals(403, payroll.get("/deduction/cycle.xhtml?cycle=" + cycle.cycleId).statusCode(),
                "a payroll-type organisation has no lump-sum pages at all");

        // Another organisation of the lump-sum type, with a cycle of its own.
        long other = TestAccounts.organization();
        TestServer.update("INSERT INTO organization_service (organization_id, service_kind) VALUES (?, 'LUMP_SUM')", other);
        String otherMaster = TestAccounts.user("lo", other, "MASTER", "Fence-Test-2026", false);
        LumpSumFixture otherCycle = LumpSumFixture.createFor(other);
        KojoBrowserlessClient stranger = TestAccounts.loggedIn(otherMaster, "Fence-Test-2026");
        assertEquals(404, stranger.get("/deduction/cycle.xhtml?cycle=" + cycle.cycleId).statusCode());
        assertEquals(404, stranger.get("/deduction/payment-request?cycle=" + cycle.cycleId).statusCode());
        assertEquals(404, stranger.get("/deduction/cycle.xhtml?cycle=999999999").statusCode());

        LumpSumFixture.Page own = new LumpSumFixture.Page(stranger, otherCycle.cycleId);
        String refused = own.mark(cycle.line(1) + ":0", "RETIRED", null, false);
        assertTrue(refused.contains("指定された明細はありません。"), refused);
        assertNull(column("result_code", cycle.line(1)));
        assertEquals("0", column("version", cycle.line(1)));
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM deduction_line_change WHERE line_id = ?", cycle.line(1)));
        assertNull(cycleColumn("status", cycle.cycleId), "the union's cycle was never opened");
    }
}
