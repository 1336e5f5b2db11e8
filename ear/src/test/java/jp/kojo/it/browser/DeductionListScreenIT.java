package jp.kojo.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.kojo.it.TestServer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * 控除依頼リスト照会 at the browser: the union's user picks the demo's cycle, filters and sorts the list in the
 * database, and downloads the CSV and the PDF, which are read back.
 */
class DeductionListScreenIT extends KojoBrowserIT {
    private static final String USER = "union01";

    @Test
    void userOpensTheListFiltersSortsAndDownloadsBothFiles() throws Exception {
        long cycle = TestServer.demoCycleId();
        long org = TestServer.organizationId("1000000001");
        long lineCount = TestServer.queryLong("SELECT COUNT(*) FROM deduction_line WHERE organization_id = ? AND cycle_id = ?", org, cycle);

        KojoBrowser browser = loggedIn(USER);
        browser.find("menu-deduction-list").click();
        browser.waitUntilPath(DEDUCTION_LIST);
        // Other tests load later cycles for this organisation: choose the demo's by its id, whatever is newest.
        browser.choose("list:cycle", TestServer.demoCycleLabel(false));
        assertEquals(String.format("%,d", lineCount), browser.text("line-count"));
        assertEquals(25, rows(browser).size());
        browser.screenshots("deduction-list");

        // Filter in the database by kana name.
        long satoLines = TestServer.queryLong("SELECT COUNT(*) FROM deduction_line l JOIN person p ON p.id = l.person_id "
                + "WHERE l.organization_id = ? AND l.cycle_id = ? AND p.name_kana LIKE ?", org, cycle, "%サトウ%");
        browser.find("list:nameKana").sendKeys("サトウ");
        browser.clickAndAwait("list:filter");
        assertTrue(browser.driver().findElement(By.cssSelector("#list\\:lines .ui-paginator-current")).getText()
                .endsWith("/ " + satoLines), "paginator shows the filtered count " + satoLines);
        for (WebElement row : rows(browser)) {
            assertTrue(row.findElements(By.tagName("td")).get(3).getText().contains("サトウ"));
        }
        browser.clickAndAwait("list:clear");

        // Sort by amount, highest first: the first row carries the list's largest amount.
        long largest = TestServer.queryLong("SELECT MAX(requested_amount) FROM deduction_line WHERE organization_id = ? AND cycle_id = ?", org, cycle);
        browser.driver().findElement(By.xpath("//th[contains(., '依頼金額')]")).click();
        browser.awaitReady();
        browser.driver().findElement(By.xpath("//th[contains(., '依頼金額')]")).click();
        browser.awaitReady();
        assertEquals(String.format("%,d 円", largest), rows(browser).get(0).findElements(By.tagName("td")).get(7).getText());
        browser.screenshots("deduction-list-sorted");

        // 照会: only the lines ended since the previous month, listed apart from the (now empty) lines.
        long ended = TestServer.queryLong("SELECT COUNT(*) FROM deduction_line p WHERE p.organization_id = ? AND p.cycle_id = ? "
                + "AND NOT EXISTS (SELECT 1 FROM deduction_line c WHERE c.organization_id = p.organization_id AND c.cycle_id = ? "
                + "AND c.person_id = p.person_id AND c.product_code = p.product_code)", org, TestServer.demoPreviousCycleId(), cycle);
        browser.choose("list:change", "終了");
        browser.clickAndAwait("list:filter");
        assertTrue(browser.find("list:lines").getText().contains("該当する明細はありません"));
        assertTrue(browser.driver().findElement(By.cssSelector("#list\\:ended .ui-paginator-current")).getText()
                .endsWith("/ " + ended), "ended lines " + ended);
        browser.screenshots("deduction-list-ended");
        browser.clickAndAwait("list:clear");

        browser.find("list:download-csv").click();
        Path csv = browser.awaitDownload(".csv");
        List<String> csvRows = List.of(new String(Files.readAllBytes(csv), Charset.forName("windows-31j")).split("\r\n"));
        // Lines ended since the previous month follow the lines, without a line number (照会).
        assertEquals(lineCount, csvRows.stream().skip(1).filter(row -> !row.startsWith(",")).count());
        assertTrue(csvRows.get(0).startsWith("行番号,個人番号"));

        browser.find("list:download-pdf").click();
        Path pdf = browser.awaitDownload(".pdf");
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("全国ろうきん労働組合"));
            assertTrue(text.contains("1 / " + document.getNumberOfPages()));
        }
    }

    private static List<WebElement> rows(KojoBrowser browser) {
        return browser.driver().findElements(By.cssSelector("#list\\:lines_data > tr"));
    }
}
