package jp.kojo.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import jp.kojo.it.LumpSumFixture;
import jp.kojo.it.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** まとめ入金 in a real browser: a selection marked through the dialog, the history dialog, the menu links. */
class LumpSumBrowserIT extends KojoBrowserIT {
    private static final String LOGIN_ID = "union01g";

    @Test
    void aSelectionIsMarkedNotDeductedThroughTheDialogAndItsHistoryShows() throws Exception {
        LumpSumFixture cycle = LumpSumFixture.create();
        KojoBrowser browser = loggedIn(LOGIN_ID);
        browser.find("menu-lump-sum").click();
        browser.waitUntilPath(LUMP_SUM_CYCLES);
        browser.screenshots("lumpsum-01-cycles");

        browser.open(LUMP_SUM_CYCLE + "?cycle=" + cycle.cycleId);
        selectRow(browser, 1);
        selectRow(browser, 3);
        browser.clickAndAwait("lines:mark-selection");
        browser.wait(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("mark:reason")));
        new Select(browser.find("mark:reason")).selectByValue("DECEASED");
        browser.driver().findElement(By.cssSelector("#mark\\:paymentStop .ui-chkbox-box")).click();
        browser.screenshots("lumpsum-02-dialog");
        browser.clickAndAwait("mark:save");
        browser.wait(Duration.ofSeconds(30)).until(ExpectedConditions.invisibilityOfElementLocated(By.id("mark:reason")));
        assertTrue(browser.text("messages").contains("2件の明細を控除不能として保存しました。"));
        assertEquals("DECEASED", TestServer.queryString("SELECT not_deducted_reason FROM deduction_line WHERE id = ?", cycle.line(1)));
        assertEquals("DECEASED", TestServer.queryString("SELECT not_deducted_reason FROM deduction_line WHERE id = ?", cycle.line(3)));
        long payable = TestServer.queryLong("SELECT SUM(requested_amount) FROM deduction_line WHERE cycle_id = ? "
                + "AND result_code IS NULL AND payment_stopped = FALSE", cycle.cycleId);
        assertEquals(String.format("%,d", payable), browser.text("actions:totals:payable-total"));
        browser.screenshots("lumpsum-03-marked");

        browser.clickAndAwait("lines:table:0:history");
        browser.wait(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("historyForm:changes")));
        String history = browser.text("historyForm:changes");
        assertTrue(history.contains(LOGIN_ID) && history.contains("死亡") && history.contains("控除不能"), history);
        browser.screenshots("lumpsum-04-history");
    }

    @Test
    void bankStaffSeeTheSentCyclesToReopenFromTheMenu() throws Exception {
        LumpSumFixture cycle = LumpSumFixture.create();
        TestServer.update("INSERT INTO organization_cycle (organization_id, cycle_id, payment_date, cut_off_date, status, "
                + "approved_by, sent_by, sent_at) VALUES (?, ?, ?, ?, 'SENT', 'union01', 'union01', CURRENT_TIMESTAMP)",
                TestServer.organizationId(LumpSumFixture.UNION), cycle.cycleId, cycle.paymentDate, cycle.paymentDate.minusDays(2));
        KojoBrowser bank = loggedIn("bank01");
        bank.find("menu-bank-lump-sum").click();
        bank.waitUntilPath(BANK_LUMP_SUM);
        assertTrue(bank.text("reopen:sent").contains(LumpSumFixture.UNION));
        bank.screenshots("lumpsum-05-bank-reopen");
    }

    private static void selectRow(KojoBrowser browser, int lineNumber) {
        browser.driver().findElement(By.cssSelector("#lines\\:table_data > tr:nth-child(" + lineNumber + ") .ui-chkbox-box")).click();
        browser.awaitReady();
    }
}
