package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** 控除依頼リスト: downloads through the running server, compared with what the database holds, and fenced. */
@ExtendWith(ArquillianExtension.class)
class DeductionListIT {
    private static final String UNION = "1000000001";
    private static final String PAYROLL = "2000000002";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void csvInWindows31JHoldsEveryLineOfTheOrganisationAndItsTotal() throws Exception {
        long cycle = TestServer.demoCycleId();
        HttpResponse<byte[]> response = new KojoBrowserlessClient("union01").loggedInAs("union01")
                .get("/deduction/export?cycle=" + cycle + "&format=csv");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Disposition").orElseThrow().contains(".csv"));
        List<String> rows = Arrays.asList(new String(response.body(), Charset.forName("windows-31j")).split("\r\n"));
        assertEquals("行番号,個人番号,社員番号,氏名カナ,氏名漢字,商品コード,商品名,店番,口座番号,依頼金額,前回比,前回金額,控除状態", rows.get(0));
        long org = TestServer.organizationId(UNION);
        long expectedLines = TestServer.queryLong(
                "SELECT COUNT(*) FROM deduction_line WHERE organization_id = ? AND cycle_id = ?", org, cycle);
        long expectedTotal = TestServer.queryLong(
                "SELECT SUM(requested_amount) FROM deduction_line WHERE organization_id = ? AND cycle_id = ?", org, cycle);
        // Lines ended since the previous month follow the lines, without line number or amount (照会).
        List<String> lines = rows.stream().skip(1).filter(row -> !row.startsWith(",")).toList();
        assertEquals(expectedLines, lines.size());
        assertTrue(rows.stream().skip(1 + lines.size()).allMatch(row -> row.startsWith(",") && row.contains(",終了,")));
        // The amount is the tenth column; names hold no comma in the demo data.
        long total = lines.stream().mapToLong(row -> Long.parseLong(row.split(",", -1)[9])).sum();
        assertEquals(expectedTotal, total);
        assertTrue(rows.get(1).matches("1,\\d{10},E\\d{5},[ァ-ヶー　]+,.+"), rows.get(1));
    }

    @Test
    void csvInUtf8StartsWithAByteOrderMark() throws Exception {
        HttpResponse<byte[]> response = new KojoBrowserlessClient("union01g").loggedInAs("union01g")
                .get("/deduction/export?cycle=" + TestServer.demoCycleId() + "&format=csv&encoding=UTF8_BOM");
        assertEquals(200, response.statusCode());
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(response.body(), 3));
        assertTrue(new String(response.body(), StandardCharsets.UTF_8).contains("氏名カナ"));
    }

    @Test
    void pdfNamesTheOrganisationAndCycleAndCarriesTheTotal() throws Exception {
        long cycle = TestServer.demoCycleId();
        HttpResponse<byte[]> response = new KojoBrowserlessClient("union01").loggedInAs("union01")
                .get("/deduction/export?cycle=" + cycle + "&format=pdf");
        assertEquals(200, response.statusCode());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElseThrow());
        long expectedTotal = TestServer.queryLong("SELECT SUM(requested_amount) FROM deduction_line "
                + "WHERE organization_id = ? AND cycle_id = ?", TestServer.organizationId(UNION), cycle);
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(pdf.getNumberOfPages() > 1);
            assertTrue(text.contains("全国ろうきん労働組合"));
            assertTrue(text.contains(UNION));
            assertTrue(text.contains("控除依頼リスト"));
            assertTrue(text.contains("1 / " + pdf.getNumberOfPages()));
            assertTrue(text.contains(String.format("%,d", expectedTotal)), "overall total " + expectedTotal);
        }
    }

    @Test
    void anotherOrganisationGetsOnlyItsOwnLinesOfTheSameCycle() throws Exception {
        long cycle = TestServer.demoCycleId();
        HttpResponse<byte[]> response = new KojoBrowserlessClient("payroll01").loggedInAs("payroll01")
                .get("/deduction/export?cycle=" + cycle + "&format=csv&encoding=UTF8_BOM");
        assertEquals(200, response.statusCode());
        String csv = new String(response.body(), StandardCharsets.UTF_8);
        long payrollLines = TestServer.queryLong("SELECT COUNT(*) FROM deduction_line WHERE organization_id = ? "
                + "AND cycle_id = ?", TestServer.organizationId(PAYROLL), cycle);
        assertEquals(payrollLines, csv.split("\r\n").length - 1);
        String unionOnlyAccount = TestServer.queryString("SELECT account_number FROM deduction_line WHERE organization_id = ? "
                + "AND cycle_id = ? AND account_number NOT IN (SELECT account_number FROM deduction_line WHERE organization_id = ?) "
                + "ORDER BY id LIMIT 1", TestServer.organizationId(UNION), cycle, TestServer.organizationId(PAYROLL));
        assertTrue(!csv.contains(unionOnlyAccount), "a union account number leaked into the employer's list");
    }

    @Test
    void aCycleWithNothingOfTheCallersOrganisationAnswersNotFound() throws Exception {
        long unionOnlyCycle = TestServer.demoPreviousCycleId();
        KojoBrowserlessClient payroll = new KojoBrowserlessClient("payroll01").loggedInAs("payroll01");
        assertEquals(404, payroll.get("/deduction/export?cycle=" + unionOnlyCycle + "&format=csv").statusCode());
        assertEquals(404, payroll.get("/deduction/export?cycle=" + unionOnlyCycle + "&format=pdf").statusCode());
        assertEquals(404, payroll.get("/deduction/export?cycle=999999&format=csv").statusCode());
        KojoBrowserlessClient union = new KojoBrowserlessClient("union01").loggedInAs("union01");
        assertEquals(200, union.get("/deduction/export?cycle=" + unionOnlyCycle + "&format=csv").statusCode());
    }

    @Test
    void bankStaffAndAnonymousCallersGetNoList() throws Exception {
        long cycle = TestServer.demoCycleId();
        assertEquals(403, new KojoBrowserlessClient("bank01").loggedInAs("bank01")
                .get("/deduction/export?cycle=" + cycle + "&format=csv").statusCode());
        assertEquals(302, new KojoBrowserlessClient("union01")
                .get("/deduction/export?cycle=" + cycle + "&format=csv").statusCode());
    }
}
