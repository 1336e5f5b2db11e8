package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 賃金控除型 through the running server: results entered per line under the rules, a stale save refused,
 * "all without a result as requested", approval refused while a line has no result, dual control, sending and
 * the sent cycle frozen; the result file uploaded, reconciled without changing anything, applied with a line
 * changed since refused; every bad file rejected with its row and reason and nothing kept; the reports; and
 * another organisation's cycle, line and upload answering like missing ones. Each test makes its own
 * organisation and cycle.
 */
@ExtendWith(ArquillianExtension.class)
class PayrollCycleIT {
    private static final Charset SJIS = Charset.forName("windows-31j");
    private static final Pattern ROW_KEY = Pattern.compile("data-rk=\"(\\d+)\"");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void resultsFollowTheRulesWithVersionsAndHistoryAndApprovalWaitsForEveryLine() throws Exception {
        PayrollFixture f = PayrollFixture.create();
        PayrollFixture.Page page = PayrollFixture.Page.results(f.general, f.cycleId);
        assertEquals(200, page.status());
        assertTrue(page.html().contains("依頼済"), "a new cycle is issued");

        String saved = page.enter(f.line(1) + ":0", "PARTIALLY_DEDUCTED", "5000", "INSUFFICIENT_PAY", null);
        assertTrue(saved.contains("1件の明細の結果を保存しました。"), saved);
        assertEquals("PARTIALLY_DEDUCTED", f.column("result_code", 1));
        assertEquals("5000", f.column("deducted_amount", 1));
        assertEquals("1", f.column("version", 1));
        assertEquals(3, TestServer.queryLong("SELECT COUNT(*) FROM deduction_line_change WHERE line_id = ? AND changed_by = ?",
                f.line(1), f.general));
        assertEquals("5000", TestServer.queryString("SELECT after_value FROM deduction_line_change WHERE line_id = ? "
                + "AND field = 'deductedAmount'", f.line(1)));

        String before = f.linesState();
        assertTrue(page.enter(f.line(2) + ":0", "NOT_DEDUCTED", "", "", null)
                .contains("控除不能は事由を選択してください（行 2）。"), page.html());
        assertTrue(page.enter(f.line(3) + ":0", "PARTIALLY_DEDUCTED", String.valueOf(PayrollFixture.requested(3)), "", null)
                .contains("一部控除の控除額は1円以上、依頼金額未満で入力してください（行 3）。"), page.html());
        assertTrue(page.enter(f.line(3) + ":0", "DEDUCTED", String.valueOf(PayrollFixture.requested(3) + 1), "", null)
                .contains("控除額は0円以上、依頼金額以下で入力してください（行 3）。"), page.html());
        assertTrue(page.enter(f.line(3) + ":0", "NOT_DEDUCTED", "100", "RETIRED", null)
                .contains("控除不能の控除額は0円です（行 3）。"), page.html());
        assertTrue(page.enter(f.line(1) + ":0", "DEDUCTED", "", "", null)
                .contains("行 1 は他の利用者が先に更新したため保存できませんでした。"), page.html());
        assertEquals(before, f.linesState(), "refused entries change nothing");

        PayrollFixture.Page master = PayrollFixture.Page.results(f.master, f.cycleId);
        assertTrue(master.approve().contains("結果が未入力の明細が5件あるため承認できません。"), master.html());
        assertEquals("IN_PROGRESS", TestServer.queryString("SELECT status FROM organization_cycle WHERE cycle_id = ? "
                + "AND organization_id = ?", f.cycleId, f.organizationId));

        assertTrue(page.allWithoutResult().contains("5件の明細を全額控除として保存しました。"), page.html());
        assertEquals("PARTIALLY_DEDUCTED", f.column("result_code", 1), "a result already entered stays");
        for (int n = 2; n <= 6; n++) {
            assertEquals("DEDUCTED", f.column("result_code", n));
            assertEquals(String.valueOf(PayrollFixture.requested(n)), f.column("deducted_amount", n));
        }
        assertTrue(master.approve().contains("承認しました。送信できます。"), master.html());
        assertTrue(master.send().contains("控除結果を送信しました。"), master.html());
        assertEquals("SENT", TestServer.queryString("SELECT status FROM organization_cycle WHERE cycle_id = ? "
                + "AND organization_id = ?", f.cycleId, f.organizationId));

        String sent = f.linesState();
        PayrollFixture.Page late = PayrollFixture.Page.results(f.general, f.cycleId);
        assertTrue(late.enter(f.line(2) + ":1", "NOT_DEDUCTED", "0", "RETIRED", null)
                .contains("送信済みのため変更できません。"), late.html());
        assertEquals(sent, f.linesState(), "a sent cycle is frozen");
    }

    @Test
    void theSameUserCannotApproveTheirOwnChange() throws Exception {
        PayrollFixture f = PayrollFixture.create();
        PayrollFixture.Page master = PayrollFixture.Page.results(f.master, f.cycleId);
        assertTrue(master.allWithoutResult().contains("6件の明細を全額控除として保存しました。"), master.html());
        assertTrue(master.approve().contains("最後に明細を変更した利用者は承認できません。"), master.html());
    }

    @Test
    void anUploadIsReconciledWithoutChangingAnythingAndAppliedRespectingVersions() throws Exception {
        PayrollFixture f = PayrollFixture.create();
        PayrollFixture.Page page = PayrollFixture.Page.results(f.general, f.cycleId);
        String file = PayrollFixture.csv(
                "E0001,港 太郎1,30,\"10,123\"",        // equal
                "E0002,港 太郎2,10,¥15000",            // different: 一部控除
                "E0003,港 太郎3,40,0",                 // different: 控除不能
                "E0004,港 太郎4,50,99999",             // over the request
                "E0099,誰か,30,1000");                 // no such person
        Long uploadId = page.upload(file.getBytes(SJIS), "AUTO", "社員番号", "商品コード", "控除額");
        assertNotNull(uploadId, page.html());
        assertEquals("null/null/null/0;".repeat(6), f.linesState(), "an upload changes no line");
        assertEquals("WINDOWS_31J", TestServer.queryString("SELECT encoding FROM result_upload WHERE id = ?", uploadId));
        assertEquals("社員番号", TestServer.queryString("SELECT key_column FROM result_upload_mapping WHERE organization_id = ?",
                f.organizationId), "the mapping is saved for the organisation");

        PayrollFixture.Page reconcile = page.open("/deduction/reconcile.xhtml?upload=" + uploadId);
        assertEquals(200, reconcile.status());
        String html = reconcile.html();
        assertEquals("1", count(html, "count-equal"));
        assertEquals("2", count(html, "count-different"));
        assertEquals("1", count(html, "count-over"));
        assertEquals("1", count(html, "count-unmatched"));
        assertEquals("2", count(html, "count-missing"));

        // Line 2 changes after the upload: its row is refused when applied, the others go through.
        PayrollFixture.Page other = PayrollFixture.Page.results(f.master, f.cycleId);
        other.enter(f.line(2) + ":0", "NOT_DEDUCTED", "0", "LEAVE", null);
        assertEquals("NOT_DEDUCTED", f.column("result_code", 2));

        assertTrue(reconcile.apply(null, null).contains("0円の行を控除不能として反映するには事由を選択してください"), reconcile.html());
        assertNull(f.column("result_code", 1), "a refused apply changes nothing");
        String applied = reconcile.apply(null, "INSUFFICIENT_PAY");
        assertTrue(applied.contains("2件の行を明細に反映しました。"), applied);
        assertTrue(applied.contains("次のファイル行は取込後に明細が変更されたため反映しませんでした: 3"), applied);
        assertEquals("DEDUCTED", f.column("result_code", 1));
        assertEquals("10123", f.column("deducted_amount", 1));
        assertEquals("LEAVE", f.column("not_deducted_reason", 2), "the line changed since keeps its change");
        assertEquals("NOT_DEDUCTED", f.column("result_code", 3));
        assertEquals("0", f.column("deducted_amount", 3));
        assertEquals("INSUFFICIENT_PAY", f.column("not_deducted_reason", 3));
        assertNull(f.column("result_code", 4), "a row over the request is never applied");

        HttpResponse<byte[]> csv = page.client().get("/deduction/payroll-report?upload=" + uploadId + "&format=reconciliation&encoding=utf8");
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.contains("依頼金額超過,5,E0004,50,共済掛金,99999,4,"), text);
        assertTrue(text.contains("該当明細なし,6,E0099"), text);
        assertTrue(text.contains("ファイルに行なし,,E0005"), text);
    }

    @Test
    void someRowsCanBeAppliedAndTheRestLater() throws Exception {
        PayrollFixture f = PayrollFixture.create();
        PayrollFixture.Page page = PayrollFixture.Page.results(f.general, f.cycleId);
        Long uploadId = page.upload(PayrollFixture.csv("E0001,a,30,10123", "E0002,b,10,20123").getBytes(StandardCharsets.UTF_8),
                "UTF_8", "社員番号", "商品コード", "控除額");
        PayrollFixture.Page reconcile = page.open("/deduction/reconcile.xhtml?upload=" + uploadId);
        Matcher keys = ROW_KEY.matcher(reconcile.html());
        assertTrue(keys.find(), reconcile.html());
        long firstRow = Long.parseLong(keys.group(1));
        assertTrue(reconcile.apply(List.of(firstRow), null).contains("1件の行を明細に反映しました。"), reconcile.html());
        assertEquals("DEDUCTED", f.column("result_code", 1));
        assertNull(f.column("result_code", 2));
        assertTrue(reconcile.apply(null, null).contains("1件の行を明細に反映しました。"), reconcile.html());
        assertEquals("DEDUCTED", f.column("result_code", 2));
    }

    @Test
    void everyBadFileIsRejectedWithItsRowAndReasonAndNothingIsKept() throws Exception {
        PayrollFixture f = PayrollFixture.create();
        PayrollFixture.Page page = PayrollFixture.Page.results(f.general, f.cycleId);
        String lines = f.linesState();
        byte[] sjis = PayrollFixture.csv("E0001,港 太郎1,30,10123").getBytes(SJIS);
        assertRejected(page, sjis, "UTF_8", "控除額", "行 1: 文字コード UTF-8 として読めない文字があります。");
        assertRejected(page, PayrollFixture.csv("E0001,a,30,100").getBytes(SJIS), "AUTO", "金額",
                "行 1: 列「金額」が見出し行にありません。");
        assertRejected(page, PayrollFixture.csv("E0001,a,30,100", "E0002,b,10,1万円").getBytes(SJIS), "AUTO", "控除額",
                "行 3: 列「控除額」の「1万円」は金額（円、整数）ではありません。");
        assertRejected(page, PayrollFixture.csv("E0001,a,30,100", "E0002,b,10,5", "E0001,c,30,200").getBytes(SJIS), "AUTO",
                "控除額", "行 4: 列「社員番号」の番号と商品が行 2 と重複しています。");
        byte[] big = new byte[10 * 1024 * 1024];
        byte[] head = PayrollFixture.csv("E0001,a,30,100").getBytes(StandardCharsets.UTF_8);
        java.util.Arrays.fill(big, (byte) ' ');
        System.arraycopy(head, 0, big, 0, head.length);
        assertRejected(page, big, "AUTO", "控除額", "ファイルが10MB以上です。");
        assertEquals(0, f.uploads(), "no rejected file is kept");
        assertEquals(lines, f.linesState(), "no rejected file changes a line");
    }

    private static void assertRejected(PayrollFixture.Page page, byte[] file, String encoding, String amountColumn,
                                       String message) throws Exception {
        Long uploadId = page.upload(file, encoding, "社員番号", "商品コード", amountColumn);
        assertNull(uploadId, "accepted, but should be refused: " + message);
        assertTrue(page.html().contains("結果ファイルを取り込めませんでした。明細は変わっていません。"), page.html());
        assertTrue(page.html().contains(message), message + " not in " + page.html());
    }

    @Test
    void reportsShowRequestAndResultWithTheDifferences() throws Exception {
        PayrollFixture f = PayrollFixture.create();
        PayrollFixture.Page page = PayrollFixture.Page.results(f.general, f.cycleId);
        page.enter(f.line(1) + ":0", "PARTIALLY_DEDUCTED", "4000", "", null);
        HttpResponse<byte[]> csv = page.client().get("/deduction/payroll-report?cycle=" + f.cycleId + "&format=csv");
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), SJIS);
        assertTrue(text.startsWith("行番号,個人番号,社員番号,氏名カナ,氏名漢字,商品コード,商品名,依頼金額,控除額,差額,控除結果"), text);
        assertTrue(text.contains("1,0000000100,E0001,ミナト タロウ1,港 太郎1,30,証書貸付返済,10123,4000,6123,一部控除"), text);
        assertTrue(text.contains("2,0000000101,E0002,ミナト タロウ2,港 太郎2,10,積立定期預金,20123,,,未入力"), text);
        HttpResponse<byte[]> pdf = page.client().get("/deduction/payroll-report?cycle=" + f.cycleId + "&format=pdf");
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String pdfText = new PDFTextStripper().getText(document);
            assertTrue(pdfText.contains("控除依頼(結果)リスト"), pdfText);
            assertTrue(pdfText.contains("6,123円"), pdfText);
            assertTrue(pdfText.contains("一部控除"), pdfText);
        }
    }

    @Test
    void anotherOrganisationsCycleLineAndUploadAnswerLikeMissingOnes() throws Exception {
        PayrollFixture mine = PayrollFixture.create();
        PayrollFixture theirs = PayrollFixture.create();
        PayrollFixture.Page theirPage = PayrollFixture.Page.results(theirs.general, theirs.cycleId);
        Long theirUpload = theirPage.upload(PayrollFixture.csv("E0001,a,30,10123").getBytes(StandardCharsets.UTF_8), "AUTO",
                "社員番号", "商品コード", "控除額");
        assertNotNull(theirUpload);
        String theirLines = theirs.linesState();

        PayrollFixture.Page page = PayrollFixture.Page.results(mine.general, mine.cycleId);
        KojoBrowserlessClient client = page.client();
        assertEquals(404, client.get("/deduction/results.xhtml?cycle=" + theirs.cycleId).statusCode());
        assertEquals(404, client.get("/deduction/results.xhtml?cycle=999999999").statusCode());
        assertEquals(404, client.get("/deduction/reconcile.xhtml?upload=" + theirUpload).statusCode());
        assertEquals(404, client.get("/deduction/reconcile.xhtml?upload=999999999").statusCode());
        assertEquals(404, client.get("/deduction/payroll-report?cycle=" + theirs.cycleId + "&format=csv").statusCode());
        assertEquals(404, client.get("/deduction/payroll-report?cycle=" + theirs.cycleId + "&format=pdf").statusCode());
        assertEquals(404, client.get("/deduction/payroll-report?upload=" + theirUpload + "&format=reconciliation").statusCode());
        assertTrue(page.enter(theirs.line(1) + ":0", "DEDUCTED", "", "", null).contains("指定された明細はありません。"), page.html());
        assertTrue(page.enter(mine.line(1) + ":0," + theirs.line(2) + ":0", "DEDUCTED", "", "", null)
                .contains("指定された明細はありません。"), page.html());
        assertNull(mine.column("result_code", 1), "nothing of a refused selection is saved");
        assertEquals(theirLines, theirs.linesState());

        // A lump-sum organisation's user has no payroll pages, even for cycles where it has lines.
        KojoBrowserlessClient union = new KojoBrowserlessClient("union01").loggedInAs("union01");
        LumpSumFixture lumpSum = LumpSumFixture.create();
        for (String path : List.of("/deduction/results.xhtml?cycle=" + lumpSum.cycleId,
                "/deduction/payroll-report?cycle=" + lumpSum.cycleId + "&format=csv")) {
            HttpResponse<byte[]> refused = union.get(path);
            assertEquals(403, refused.statusCode(), path);
            assertTrue(new String(refused.body(), StandardCharsets.UTF_8).contains("このサービスはご契約がないか"), path);
        }
    }

    private static String count(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\">(\\d+)<").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no " + id + " in " + html);
        }
        return m.group(1);
    }
}
