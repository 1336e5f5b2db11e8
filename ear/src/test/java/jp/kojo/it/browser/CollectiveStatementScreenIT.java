package jp.kojo.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import jp.kojo.deduction.entity.CycleKind;
import jp.kojo.it.CollectiveSavingsFixture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * 一斉積立内訳明細表 in Chromium: a union's user opens it from the menu, sees the members with their contribution by
 * product and the totals, filters by product, sorts by total, picks the earlier run, and downloads the CSV and the
 * PDF of what it shows, which are read back.
 */
class CollectiveStatementScreenIT extends KojoBrowserIT {
    private static final YearMonth MONTH = YearMonth.of(2031, 6);

    @Test
    void theUnionSeesItsBreakdownFiltersSortsAndDownloadsIt() throws Exception {
        CollectiveSavingsFixture union = CollectiveSavingsFixture.union();
        union.load(MONTH.minusMonths(1), CycleKind.MONTHLY, LocalDate.of(2031, 5, 23), union.lines(4));
        union.load(MONTH, CycleKind.MONTHLY, LocalDate.of(2031, 6, 25), union.lines(12));

        KojoBrowser browser = loggedIn(union.general);
        browser.find("menu-collective-statement").click();
        browser.waitUntilPath("/collective/statement.xhtml");
        assertEquals("2031年6月 月例", browser.text("statement:run_label"), "the newest run first");
        assertEquals("2031年6月25日", browser.text("savings-date"));
        String totals = browser.text("statement:totals");
        assertTrue(totals.contains("合計 12 380,000"), totals);
        assertEquals(12, rows(browser).size(), "one row per member");
        browser.screenshots("collective-statement-01");
        browser.assertAccessible();

        browser.choose("statement:product", "定期積金");
        browser.choose("statement:sort", "合計金額");
        browser.choose("statement:order", "降順");
        browser.clickAndAwait("statement:filter");
        browser.wait(Duration.ofSeconds(30)).until(d -> rows(browser).size() == 6);
        assertTrue(browser.text("statement:totals").contains("合計 6 120,000"), browser.text("statement:totals"));
        browser.screenshots("collective-statement-02-filtered");

        browser.find("statement:download-csv").click();
        Path csv = browser.awaitDownload(".csv");
        List<String> csvRows = List.of(new String(Files.readAllBytes(csv), Charset.forName("windows-31j")).split("\r\n"));
        assertEquals(1 + 6, csvRows.size(), "the filtered members: " + csvRows);
        assertTrue(csvRows.get(0).startsWith("行番号,組合員番号,社員番号,氏名カナ,積立定期預金,定期積金"), csvRows.get(0));
        assertTrue(csvRows.stream().skip(1).allMatch(row -> row.endsWith(",,20000,,,20000")), "定期積金 only: " + csvRows);

        browser.find("statement:download-pdf").click();
        Path pdf = browser.awaitDownload(".pdf");
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("一斉積立内訳明細表") && text.contains(union.contractNumber), text);
            assertTrue(text.contains("120,000円"), text);
            assertTrue(text.contains("1 / " + document.getNumberOfPages()), text);
        }

        browser.clickAndAwait("statement:clear");
        browser.choose("statement:run", "2031年5月 月例");
        browser.wait(Duration.ofSeconds(30)).until(d -> rows(browser).size() == 4);
        assertEquals("2031年5月23日", browser.text("savings-date"));

        browser.open("/collective/statement.xhtml?lang=en");
        assertTrue(browser.text("statement:totals").contains("Installment time deposit"), browser.text("statement:totals"));
        assertEquals("2031-06 monthly", browser.text("statement:run_label"));
        browser.screenshots("collective-statement-03-en");
        browser.assertAccessible();
        browser.open("/collective/statement.xhtml?lang=ja");
    }

    private static List<WebElement> rows(KojoBrowser browser) {
        return browser.driver().findElements(By.cssSelector("#statement\\:members_data > tr"));
    }
}
