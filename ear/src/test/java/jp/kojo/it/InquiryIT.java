package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 照会: a bonus cycle compared with the previous bonus cycle (an unchanged, a changed, a new and an ended line),
 * filtered by mark and status on the cycle page and in the request list's CSV and PDF, and fenced: another
 * organisation neither sees the cycle nor takes part in the comparison.
 */
@ExtendWith(ArquillianExtension.class)
class InquiryIT {
    private static final Pattern ROW_KEY = Pattern.compile("data-rk=\"(\\d+)\"");

    private LumpSumFixture.Compared cycles;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @BeforeEach
    void twoBonusCycles() throws Exception {
        cycles = LumpSumFixture.compared();
    }

    private String person(int index) throws Exception {
        return TestServer.queryString("SELECT person_number FROM person WHERE id = ?", cycles.persons().get(index));
    }

    /** The line ids of the page's line table (not of the ended section). */
    private static Set<Long> shownLines(String html) {
        int start = html.indexOf("id=\"lines:table\"");
        int end = html.indexOf("id=\"lines:ended-section\"");
        Matcher m = ROW_KEY.matcher(html.substring(start, end));
        Set<Long> ids = new TreeSet<>();
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private static String endedSection(String html) {
        int start = html.indexOf("id=\"lines:ended-section\"");
        return html.substring(start, html.indexOf("</form>", start));
    }

    @Test
    void theCyclePageMarksCountsAndFiltersByMarkAndStatus() throws Exception {
        LumpSumFixture.Page page = new LumpSumFixture.Page(
                new KojoBrowserlessClient("union01g").loggedInAs("union01g"), cycles.cycleId());
        String html = page.html();
        assertTrue(html.contains("新規 1件・変更 1件・終了 1件"), "comparison summary");
        assertTrue(html.matches("(?s).*id=\"not-deducted-count\">2<.*"), "two lines not deducted");
        assertTrue(html.matches("(?s).*id=\"not-deducted-amount\">65,000 .*"), "25,000 + 40,000 yen not deducted");
        assertEquals(Set.of(cycles.unchangedLine(), cycles.changedLine(), cycles.newLine()), shownLines(html));
        assertTrue(endedSection(html).contains(person(2)), "the ended line is listed apart");
        assertFalse(endedSection(html).contains(person(0)));

        assertEquals(Set.of(cycles.newLine()), shownLines(page.filter("NEW", null)));
        assertEquals(Set.of(cycles.changedLine()), shownLines(page.filter("CHANGED", null)));
        assertEquals(Set.of(cycles.unchangedLine()), shownLines(page.filter("UNCHANGED", null)));
        html = page.filter("ENDED", null);
        assertEquals(Set.of(), shownLines(html));
        assertTrue(endedSection(html).contains(person(2)));

        assertEquals(Set.of(cycles.changedLine(), cycles.newLine()), shownLines(page.filter(null, "NOT_DEDUCTED")));
        assertEquals(Set.of(cycles.newLine()), shownLines(page.filter(null, "PAYMENT_STOPPED")));
        html = page.filter(null, "DEDUCTED");
        assertEquals(Set.of(cycles.unchangedLine()), shownLines(html));
        assertFalse(endedSection(html).contains(person(2)), "ended lines have no status");
        assertEquals(Set.of(), shownLines(page.filter("UNCHANGED", "NOT_DEDUCTED")));
    }

    @Test
    void theCsvCarriesMarkPreviousAmountAndStatusWithTheEndedLineLast() throws Exception {
        KojoBrowserlessClient union = new KojoBrowserlessClient("union01").loggedInAs("union01");
        List<String> rows = csv(union, "");
        assertEquals("行番号,個人番号,社員番号,氏名カナ,氏名漢字,商品コード,商品名,店番,口座番号,依頼金額,前回比,前回金額,控除状態",
                rows.get(0));
        assertEquals(5, rows.size(), String.join("\n", rows));
        assertTrue(rows.get(1).startsWith("1," + person(0) + ","), rows.get(1));
        assertTrue(rows.get(1).endsWith(",10000,変更なし,10000,控除済"), rows.get(1));
        assertTrue(rows.get(2).endsWith(",25000,変更,20000,未控除"), rows.get(2));
        assertTrue(rows.get(3).endsWith(",40000,新規,,入金中止"), rows.get(3));
        assertTrue(rows.get(4).startsWith("," + person(2) + ","), rows.get(4));
        assertTrue(rows.get(4).endsWith(",,終了,30000,"), rows.get(4));

        List<String> changed = csv(union, "&change=CHANGED");
        assertEquals(2, changed.size());
        assertTrue(changed.get(1).contains(person(1)));
        List<String> ended = csv(union, "&change=ENDED");
        assertEquals(2, ended.size());
        assertTrue(ended.get(1).contains(person(2)));
        List<String> notDeducted = csv(union, "&status=NOT_DEDUCTED");
        assertEquals(3, notDeducted.size(), "the two lines not deducted and no ended line");
        assertEquals(2, csv(union, "&status=PAYMENT_STOPPED&change=NEW").size());
    }

    @Test
    void thePdfCarriesTheMarksAndStatuses() throws Exception {
        HttpResponse<byte[]> response = new KojoBrowserlessClient("union01").loggedInAs("union01")
                .get("/deduction/export?cycle=" + cycles.cycleId() + "&format=pdf");
        assertEquals(200, response.statusCode());
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("前回比"), text);
            for (String expected : new String[] {"変更なし", "新規", "終了", "入金中止", "未控除", "控除済",
                    "25,000円 変更 20,000円", "30,000円", person(2)}) {
                assertTrue(text.contains(expected), expected + " in\n" + text);
            }
        }
        HttpResponse<byte[]> stopped = new KojoBrowserlessClient("union01").loggedInAs("union01")
                .get("/deduction/export?cycle=" + cycles.cycleId() + "&format=pdf&status=PAYMENT_STOPPED");
        try (PDDocument pdf = Loader.loadPDF(stopped.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains(person(3)));
            assertFalse(text.contains(person(2)), "no ended line under a status filter");
            assertFalse(text.contains("変更なし"));
        }
    }

    @Test
    void anotherOrganisationNeitherSeesTheCycleNorEntersTheComparison() throws Exception {
        long payrollOrg = TestServer.organizationId("2000000002");
        long payrollPerson = TestServer.queryLong("SELECT MIN(id) FROM person WHERE organization_id = ?", payrollOrg);
        String payrollPersonNumber = TestServer.queryString("SELECT person_number FROM person WHERE id = ?", payrollPerson);
        try (Connection db = TestServer.database()) {
            // The employer has a line in the union's previous cycle only: it must not end in the union's list.
            LumpSumFixture.insertLine(db, cycles.previousCycleId(), payrollOrg, payrollPerson, 1, "30", 77_000);
        }
        KojoBrowserlessClient payroll = new KojoBrowserlessClient("payroll01").loggedInAs("payroll01");
        long cycle = cycles.cycleId();
        assertEquals(403, payroll.get("/deduction/cycle.xhtml?cycle=" + cycle).statusCode(),
                "a payroll-type organisation has no lump-sum pages");
        assertEquals(404, payroll.get("/deduction/export?cycle=" + cycle + "&format=csv&change=ENDED").statusCode());
        assertEquals(404, payroll.get("/deduction/export?cycle=" + cycle + "&format=pdf&status=NOT_DEDUCTED").statusCode());

        KojoBrowserlessClient union = new KojoBrowserlessClient("union01").loggedInAs("union01");
        List<String> ended = csv(union, "&change=ENDED");
        assertEquals(2, ended.size(), String.join("\n", ended));
        assertFalse(String.join("\n", ended).contains(payrollPersonNumber));
        // The employer's own view of the previous cycle compares with nothing of the union's.
        HttpResponse<byte[]> own = payroll.get("/deduction/export?cycle=" + cycles.previousCycleId()
                + "&format=csv&encoding=UTF8_BOM");
        assertEquals(200, own.statusCode());
        String[] ownRows = new String(own.body(), StandardCharsets.UTF_8).split("\r\n");
        assertEquals(2, ownRows.length);
        assertTrue(ownRows[1].endsWith(",77000,,,控除済"), ownRows[1]);
    }

    private List<String> csv(KojoBrowserlessClient client, String query) throws Exception {
        HttpResponse<byte[]> response = client.get("/deduction/export?cycle=" + cycles.cycleId()
                + "&format=csv&encoding=UTF8_BOM" + query);
        assertEquals(200, response.statusCode());
        String text = new String(response.body(), StandardCharsets.UTF_8).substring(1);
        return new ArrayList<>(List.of(text.split("\r\n")));
    }
}
