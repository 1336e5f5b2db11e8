package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** まとめ入金 in a real browser: a selection marked through the dialog, the history dialog, the menu link. */
@ExtendWith(ArquillianExtension.class)
class LumpSumBrowserIT {
    private static final String LOGIN_ID = "union01g";
    private static ChromeDriver browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        Path home = Files.createTempDirectory("kojo-lumpsum-browser");
        browser = BrowserIT.startChromium(LOGIN_ID, home, Files.createDirectories(home.resolve("downloads")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aSelectionIsMarkedNotDeductedThroughTheDialogAndItsHistoryShows() throws Exception {
        LumpSumFixture cycle = LumpSumFixture.create();
        BrowserIT.logIn(browser, LOGIN_ID);
        browser.findElement(By.id("menu-lump-sum")).click();
        BrowserIT.wait(browser).until(ExpectedConditions.urlContains("/deduction/cycles.xhtml"));
        BrowserIT.screenshot(browser, "lumpsum-01-cycles");

        browser.get(TestServer.httpsBase() + "/deduction/cycle.xhtml?cycle=" + cycle.cycleId);
        BrowserIT.wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("lines:table")));
        selectRow(1);
        selectRow(3);
        browser.findElement(By.id("lines:mark-selection")).click();
        BrowserIT.wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("mark:reason")));
        new Select(browser.findElement(By.id("mark:reason"))).selectByValue("DECEASED");
        browser.findElement(By.cssSelector("#mark\\:paymentStop .ui-chkbox-box")).click();
        BrowserIT.screenshot(browser, "lumpsum-02-dialog");
        browser.findElement(By.id("mark:save")).click();
        BrowserIT.awaitAjax(browser);
        BrowserIT.wait(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.id("mark:reason")));
        assertTrue(browser.findElement(By.id("messages")).getText().contains("2件の明細を控除不能として保存しました。"));
        assertEquals("DECEASED", TestServer.queryString("SELECT not_deducted_reason FROM deduction_line WHERE id = ?", cycle.line(1)));
        assertEquals("DECEASED", TestServer.queryString("SELECT not_deducted_reason FROM deduction_line WHERE id = ?", cycle.line(3)));
        long payable = TestServer.queryLong("SELECT SUM(requested_amount) FROM deduction_line WHERE cycle_id = ? "
                + "AND result_code IS NULL AND payment_stopped = FALSE", cycle.cycleId);
        assertEquals(String.format("%,d", payable), browser.findElement(By.id("actions:totals:payable-total")).getText());
        BrowserIT.screenshot(browser, "lumpsum-03-marked");

        browser.findElement(By.id("lines:table:0:history")).click();
        BrowserIT.awaitAjax(browser);
        BrowserIT.wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("historyForm:changes")));
        String history = browser.findElement(By.id("historyForm:changes")).getText();
        assertTrue(history.contains(LOGIN_ID) && history.contains("死亡") && history.contains("控除不能"), history);
        BrowserIT.screenshot(browser, "lumpsum-04-history");
    }

    private static void selectRow(int lineNumber) {
        browser.findElement(By.cssSelector("#lines\\:table_data > tr:nth-child(" + lineNumber + ") .ui-chkbox-box")).click();
        BrowserIT.awaitAjax(browser);
    }
}
