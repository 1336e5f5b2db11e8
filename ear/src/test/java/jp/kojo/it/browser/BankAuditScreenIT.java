package jp.kojo.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import jp.kojo.it.KojoBrowserlessClient;
import jp.kojo.it.LumpSumFixture;
import jp.kojo.it.TestServer;
import jp.kojo.platform.ClockProducer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** 監査ログ検索 at a real browser: a bank operator's act, found again by actor and action. */
class BankAuditScreenIT extends KojoBrowserIT {
    private static final String REASON = "BankAuditScreenIT 全店システム更改";

    @AfterEach
    void removeTheClosedDay() throws Exception {
        TestServer.update("DELETE FROM extra_closed_day WHERE reason = ?", REASON);
    }

    @Test
    void aBankOperatorFindsItsActInTheAuditLog() throws Exception {
        LocalDate day = LumpSumFixture.CALENDAR.businessDayOnOrAfter(LocalDate.now(ClockProducer.TOKYO).plusDays(300));
        new KojoBrowserlessClient("bank01").loggedInAs("bank01").submit("/bank/calendar.xhtml", "closedDay",
                Map.of("date", day.toString(), "name", "システム更改", "reason", REASON), "add");

        KojoBrowser browser = loggedIn("bank01");
        browser.find("menu-bank-audit").click();
        browser.waitUntilPath("/bank/audit.xhtml");
        browser.find("search:actor").sendKeys("bank01");
        new Select(browser.find("search:action")).selectByValue("CLOSED_DAY_ADDED");
        browser.find("search:submit").click();
        browser.wait(Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("search:events"), REASON));
        browser.awaitReady();
        assertTrue(browser.find("export-csv").getAttribute("href").contains("action=CLOSED_DAY_ADDED"));
        browser.assertAccessible();
        browser.screenshots("bank-audit");
    }
}
