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
import jp.kojo.batch.zaikeiload.ZaikeiFileFixtures;
import jp.kojo.batch.zaikeiload.ZaikeiFileFixtures.ZLine;
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
 * The zaikei-statement-load job and the savings statement service in the running server: a good file loads and
 * the employer sees it (screen, CSV, PDF, totals by kind), a bad file is rejected whole naming line and field, only
 * the last three runs are kept, and another employer's statement is answered like one that does not exist.
 */
@ExtendWith(ArquillianExtension.class)
class ZaikeiStatementIT {
    private static final YearMonth MONTH = YearMonth.of(2031, 4);
    private static final LocalDate DEPOSIT = LocalDate.of(2031, 4, 25);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void fixedFileLoadsAndTheEmployerSeesItOnScreenInCsvAndPdf() throws Exception {
        ZaikeiFixture employer = ZaikeiFixture.employer();
        List<ZLine> lines = employer.lines(12);
        String name = "zaikei-fixed-" + employer.contractNumber + ".dat";
        ZaikeiFileFixtures.writeFixed(ZaikeiFixture.inbox(name), MONTH, CycleKind.MONTHLY, DEPOSIT, lines);
        String view = ZaikeiFixture.loadFile(name, "FIXED");
        assertTrue(view.contains("\"exitStatus\":\"LOADED\""), view);
        long statement = employer.statementId(MONTH, CycleKind.MONTHLY);
        assertEquals(lines.size(), TestServer.queryLong("SELECT COUNT(*) FROM zaikei_statement_line WHERE statement_id = ?", statement));
        assertEquals(ZaikeiFileFixtures.monthlyTotal(lines), TestServer.queryLong(
                "SELECT SUM(monthly_amount) FROM zaikei_statement_line WHERE statement_id = ?", statement));

        KojoBrowserlessClient client = employer.generalClient();
        String page = client.getText("/zaikei/statement.xhtml");
        assertTrue(page.contains("財形貯蓄 お積立明細書"), page);
        assertTrue(page.contains("2031年4月 月例"), "the run is offered");
        // Totals by kind: 12 general, 6 housing, 4 pension contracts.
        String cells = page.replaceAll(">\\s+", ">").replaceAll("\\s+<", "<");
        assertTrue(cells.matches("(?s).*一般</td><td[^>]*>12</td>.*住宅</td><td[^>]*>6</td>.*年金</td><td[^>]*>4</td>.*合計</td><td[^>]*>22</td>.*"),
                "totals by kind: " + cells.substring(Math.max(0, cells.indexOf("totals")), Math.min(cells.length(), cells.indexOf("totals") + 800)));

        HttpResponse<byte[]> csv = client.get("/zaikei/statement/export?statement=" + statement + "&format=csv&kind=HOUSING"
                + "&sort=BALANCE&order=desc");
        assertEquals(200, csv.statusCode());
        String[] rows = new String(csv.body(), Charset.forName("windows-31j")).split("\r\n");
        assertEquals(1 + 6, rows.length, "header and the six housing contracts");
        assertTrue(rows[0].startsWith("行番号,従業員番号"), rows[0]);
        assertTrue(rows[1].contains(",1120000,"), "largest balance first: " + rows[1]);

        HttpResponse<byte[]> pdf = client.get("/zaikei/statement/export?statement=" + statement + "&format=pdf");
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("お積立明細書"), text);
            assertTrue(text.contains(employer.contractNumber), text);
            assertTrue(text.contains("スズキ　ハナコ") || text.contains("スズキ ハナコ"), text);
        }
    }

    @Test
    void badFileIsRejectedWholeNamingLineAndField() throws Exception {
        ZaikeiFixture employer = ZaikeiFixture.employer();
        List<ZLine> lines = new ArrayList<>(employer.lines(5));
        lines.set(3, lines.get(3).withMonthlyAmount("1O000"));
        String view = employer.load(MONTH, CycleKind.BONUS, DEPOSIT, lines);
        assertTrue(view.contains("\"exitStatus\":\"REJECTED\""), view);
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM zaikei_statement WHERE organization_id = ?",
                employer.organizationId), "nothing of a rejected file is stored");
        long execution = Long.parseLong(view.replaceAll("(?s).*\"executionId\"\\s*:\\s*(\\d+).*", "$1"));
        KojoBrowserlessClient admin = new KojoBrowserlessClient("batch01").loggedInAs("batch01");
        String report = admin.getText("/api/batch/executions/" + execution + "/report");
        assertTrue(report.contains("行 5 項目「月例積立額」(monthly amount): 数字以外の文字があります / not a number"), report);
    }

    @Test
    void onlyTheLastThreeRunsAreKept() throws Exception {
        ZaikeiFixture employer = ZaikeiFixture.employer();
        List<ZLine> lines = employer.lines(2);
        for (int i = 0; i < 4; i++) {
            YearMonth month = MONTH.plusMonths(i);
            assertTrue(employer.load(month, CycleKind.MONTHLY, month.atDay(25), lines).contains("\"exitStatus\":\"LOADED\""));
        }
        assertEquals(3, TestServer.queryLong("SELECT COUNT(*) FROM zaikei_statement WHERE organization_id = ?",
                employer.organizationId));
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM zaikei_statement WHERE organization_id = ? AND year_month = ?",
                employer.organizationId, MONTH.toString()), "the oldest run went");
        String page = employer.masterClient().getText("/zaikei/statement.xhtml");
        assertFalse(page.contains("2031年4月 月例"), "the oldest run is no longer offered");
        assertTrue(page.contains("2031年7月 月例"));
    }

    @Test
    void anotherEmployersStatementIsNotFoundAndOthersMayNotOpenThePages() throws Exception {
        ZaikeiFixture employer = ZaikeiFixture.employer();
        employer.load(MONTH, CycleKind.MONTHLY, DEPOSIT, employer.lines(2));
        long statement = employer.statementId(MONTH, CycleKind.MONTHLY);

        ZaikeiFixture other = ZaikeiFixture.employer();
        KojoBrowserlessClient stranger = other.masterClient();
        assertEquals(404, stranger.get("/zaikei/statement/export?statement=" + statement + "&format=csv").statusCode());
        assertEquals(404, stranger.get("/zaikei/statement/export?statement=" + statement + "&format=pdf").statusCode());
        String strangersPage = stranger.getText("/zaikei/statement.xhtml");
        assertTrue(strangersPage.contains("お積立明細書はまだありません"), "its own (empty) statements only");

        KojoBrowserlessClient union = new KojoBrowserlessClient("union01").loggedInAs("union01");
        HttpResponse<byte[]> refused = union.get("/zaikei/statement.xhtml");
        assertEquals(403, refused.statusCode());
        assertTrue(new String(refused.body(), StandardCharsets.UTF_8).contains("ご契約がないか"), "says why");
        assertFalse(union.getText("/menu.xhtml").contains("menu-zaikei-statement"), "no menu entry without the service");
        assertTrue(new KojoBrowserlessClient("zaikei01g").loggedInAs("zaikei01g").getText("/menu.xhtml")
                .contains("menu-zaikei-statement"), "the demo employer's general user has the entry");
    }
}
