package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.kojo.batch.collectiveload.CollectiveFileFixtures;
import jp.kojo.batch.collectiveload.CollectiveFileFixtures.CLine;
import jp.kojo.deduction.entity.CycleKind;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The collective-savings-load job and the breakdown statement service in the running server: a good file loads and
 * the union sees it (screen, CSV, PDF, totals by product), a bad file is rejected whole naming line and field and a
 * restart loads the corrected file once, the same file twice is refused, the 12 newest runs are kept, and another
 * union's statement is answered like one that does not exist; a user without the right gets 403.
 */
@ExtendWith(ArquillianExtension.class)
class CollectiveSavingsIT {
    private static final YearMonth MONTH = YearMonth.of(2031, 4);
    private static final LocalDate SAVINGS_DATE = LocalDate.of(2031, 4, 25);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    private static String cells(String page) {
        return page.replaceAll(">\\s+", ">").replaceAll("\\s+<", "<");
    }

    @Test
    void fixedFileLoadsAndTheUnionSeesItOnScreenInCsvAndPdf() throws Exception {
        CollectiveSavingsFixture union = CollectiveSavingsFixture.union();
        List<CLine> lines = union.lines(10);
        String name = union.fileName(".dat");
        CollectiveFileFixtures.writeFixed(CollectiveSavingsFixture.inbox(name), MONTH, CycleKind.MONTHLY, SAVINGS_DATE, lines);
        String view = CollectiveSavingsFixture.loadFile(name, "FIXED");
        assertTrue(view.contains("\"exitStatus\":\"LOADED\""), view);
        long statement = union.statementId(MONTH, CycleKind.MONTHLY);
        assertEquals(lines.size(), TestServer.queryLong("SELECT COUNT(*) FROM collective_savings_line WHERE statement_id = ?",
                statement));
        assertEquals(CollectiveFileFixtures.total(lines), TestServer.queryLong(
                "SELECT SUM(amount) FROM collective_savings_line WHERE statement_id = ?", statement));
        assertEquals("スズキ　ハナコ", TestServer.queryString("SELECT name_kana FROM collective_savings_line"
                + " WHERE statement_id = ? AND line_number = 1", statement), "stored as full-width katakana");

        KojoBrowserlessClient client = union.generalClient();
        assertTrue(client.getText("/menu.xhtml").contains("menu-collective-statement"), "the menu offers the screen");
        String page = client.getText("/collective/statement.xhtml");
        assertTrue(page.contains("一斉積立内訳明細表"), page);
        assertTrue(page.contains("2031年4月 月例"), "the run is offered");
        // Totals by product: 10 members in 積立定期預金 (200,000), 5 in 定期積金 (100,000), 3 in 普通預金積立 (15,000).
        String cells = cells(page);
        assertTrue(cells.matches("(?s).*積立定期預金</td><td[^>]*>10</td><td[^>]*>200,000</td>.*定期積金</td><td[^>]*>5</td>"
                        + "<td[^>]*>100,000</td>.*普通預金積立</td><td[^>]*>3</td><td[^>]*>15,000</td>.*合計</td><td[^>]*>10</td>"
                        + "<td[^>]*>315,000</td>.*"),
                "totals by product: " + cells.substring(Math.max(0, cells.indexOf("totals")),
                        Math.min(cells.length(), cells.indexOf("totals") + 1200)));

        HttpResponse<byte[]> csv = client.get("/collective/statement/export?statement=" + statement
                + "&format=csv&product=INSTALLMENT_DEPOSIT&sort=TOTAL_AMOUNT&order=desc");
        assertEquals(200, csv.statusCode());
        String[] rows = new String(csv.body(), Charset.forName("windows-31j")).split("\r\n");
        assertEquals(1 + 10, rows.length, "header and one row per member");
        assertEquals("行番号,組合員番号,社員番号,氏名カナ,積立定期預金,定期積金,普通預金積立,目的別積立,合計", rows[0]);
        assertTrue(rows[1].contains(",U2,") && rows[1].endsWith(",30000,,,,30000"),
                "largest first, only the chosen product: " + rows[1]);

        HttpResponse<byte[]> pdf = client.get("/collective/statement/export?statement=" + statement + "&format=pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("一斉積立内訳明細表"), text);
            assertTrue(text.contains(union.contractNumber), text);
            assertTrue(text.contains("315,000円"), text);
            assertTrue(text.contains("スズキ　ハナコ") || text.contains("スズキ ハナコ"), text);
        }
    }

    @Test
    void badFileIsRejectedWholeNamingLineAndFieldAndARestartLoadsTheCorrectedFileOnce() throws Exception {
        CollectiveSavingsFixture union = CollectiveSavingsFixture.union();
        List<CLine> good = union.lines(5);
        List<CLine> bad = new ArrayList<>(good);
        bad.set(3, bad.get(3).withAmount("1O000"));
        String name = union.fileName(".csv");
        CollectiveFileFixtures.writeCsv(CollectiveSavingsFixture.inbox(name), MONTH, CycleKind.BONUS, SAVINGS_DATE, bad);
        String view = CollectiveSavingsFixture.loadFile(name, "CSV");
        assertTrue(view.contains("\"exitStatus\":\"REJECTED\""), view);
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM collective_savings_statement WHERE organization_id = ?",
                union.organizationId), "nothing of a rejected file is stored");
        long execution = CollectiveSavingsFixture.executionId(view);
        KojoBrowserlessClient admin = CollectiveSavingsFixture.admin();
        String report = admin.getText("/api/batch/executions/" + execution + "/report");
        assertTrue(report.contains("行 5 項目「積立金額」(amount): 数字以外の文字があります / not a number"), report);

        // The host sends the corrected file under the same name; the failed execution is restarted.
        CollectiveFileFixtures.writeCsv(CollectiveSavingsFixture.inbox(name), MONTH, CycleKind.BONUS, SAVINGS_DATE, good);
        String restarted = BatchApi.awaitEnd(admin, BatchApi.restart(admin, execution));
        assertTrue(restarted.contains("\"exitStatus\":\"LOADED\""), restarted);
        long statement = union.statementId(MONTH, CycleKind.BONUS);
        assertEquals(good.size(), TestServer.queryLong("SELECT COUNT(*) FROM collective_savings_line WHERE statement_id = ?",
                statement), "every line once");

        String again = CollectiveSavingsFixture.loadFile(name, "CSV");
        assertTrue(again.contains("\"exitStatus\":\"ALREADY_LOADED\""), again);
        String refusal = admin.getText("/api/batch/executions/" + CollectiveSavingsFixture.executionId(again) + "/report");
        assertTrue(refusal.contains("同じ内容のファイルは取込済みです（ファイル名 " + name), refusal);
        assertEquals(good.size(), TestServer.queryLong("SELECT COUNT(*) FROM collective_savings_line WHERE statement_id = ?",
                statement), "nothing loaded twice");
        assertEquals(1, TestServer.queryLong("SELECT COUNT(*) FROM collective_savings_statement WHERE organization_id = ?",
                union.organizationId));
    }

    @Test
    void theTwelveNewestRunsAreKept() throws Exception {
        CollectiveSavingsFixture union = CollectiveSavingsFixture.union();
        List<CLine> lines = union.lines(1);
        for (int i = 0; i < 13; i++) {
            YearMonth month = MONTH.plusMonths(i);
            String view = union.load(month, CycleKind.MONTHLY, month.atDay(25), lines);
            assertTrue(view.contains("\"exitStatus\":\"LOADED\""), view);
        }
        assertEquals(12, TestServer.queryLong("SELECT COUNT(*) FROM collective_savings_statement WHERE organization_id = ?",
                union.organizationId));
        String page = union.masterClient().getText("/collective/statement.xhtml");
        assertFalse(page.contains("2031年4月 月例"), "the oldest run is no longer offered");
        assertTrue(page.contains("2032年4月 月例") && page.contains("2031年5月 月例"));
    }

    @Test
    void anotherUnionsStatementIsNotFoundAndAUserWithoutTheRightIsRefused() throws Exception {
        CollectiveSavingsFixture union = CollectiveSavingsFixture.union();
        union.load(MONTH, CycleKind.MONTHLY, SAVINGS_DATE, union.lines(3));
        long statement = union.statementId(MONTH, CycleKind.MONTHLY);

        CollectiveSavingsFixture other = CollectiveSavingsFixture.union();
        other.load(MONTH, CycleKind.MONTHLY, SAVINGS_DATE, other.lines(2));
        KojoBrowserlessClient stranger = other.masterClient();
        assertEquals(404, stranger.get("/collective/statement/export?statement=" + statement + "&format=csv").statusCode());
        assertEquals(404, stranger.get("/collective/statement/export?statement=" + statement + "&format=pdf").statusCode());
        HttpResponse<byte[]> foreign = stranger.get("/collective/statement.xhtml?statement=" + statement);
        assertEquals(404, foreign.statusCode());
        String foreignPage = new String(foreign.body(), StandardCharsets.UTF_8);
        assertTrue(foreignPage.contains("指定の一斉積立内訳明細表は見つかりません。"), foreignPage);
        assertFalse(foreignPage.contains(union.contractNumber) || foreignPage.contains("statement:members"),
                "nothing of the other union's statement");
        assertEquals(404, stranger.get("/collective/statement.xhtml?statement=x").statusCode());
        String ownPage = stranger.getText("/collective/statement.xhtml");
        assertTrue(ownPage.contains("statement:members") && cells(ownPage).contains(">U2<") && !cells(ownPage).contains(">U3<"),
                "its own statement, of two members");

        String withoutRight = union.userWithoutTheRight();
        KojoBrowserlessClient refused = new KojoBrowserlessClient(withoutRight).loggedInAs(withoutRight);
        HttpResponse<byte[]> page = refused.get("/collective/statement.xhtml");
        assertEquals(403, page.statusCode());
        assertTrue(new String(page.body(), StandardCharsets.UTF_8).contains("ご契約がないか"), "says why");
        assertEquals(403, refused.get("/collective/statement/export?statement=" + statement + "&format=csv").statusCode());
        assertFalse(refused.getText("/menu.xhtml").contains("menu-collective-statement"), "no menu entry without the right");
        assertTrue(refused.getText("/menu.xhtml").contains("menu-deduction-list"), "the right it has stays");

        KojoBrowserlessClient employer = new KojoBrowserlessClient("zaikei01g").loggedInAs("zaikei01g");
        assertEquals(403, employer.get("/collective/statement.xhtml").statusCode(), "an employer has no 一斉積立");
    }
}
