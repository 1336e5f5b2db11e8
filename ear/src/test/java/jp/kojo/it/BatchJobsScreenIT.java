package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import jp.kojo.batch.requestload.RequestFileFixtures;
import jp.kojo.batch.requestload.RequestFileFixtures.FixtureLine;
import jp.kojo.deduction.entity.CycleKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The batch administrator at the browser: picks a file in the inbox, starts the load, watches it finish. */
@ExtendWith(ArquillianExtension.class)
class BatchJobsScreenIT {
    private static ChromeDriver browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        Path home = Files.createTempDirectory("kojo-browser-batch");
        browser = BrowserIT.startChromium("batch01", home, Files.createDirectories(home.resolve("downloads")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void administratorStartsALoadAndSeesItsStatusAndCounts() throws Exception {
        List<FixtureLine> lines = RequestFileFixtures.lines(120, "1000000001", "2000000002");
        RequestFileFixtures.writeFixed(TestServer.home().resolve("interchange/inbox/screen-203103.dat"),
                YearMonth.of(2031, 3), CycleKind.MONTHLY, LocalDate.of(2031, 3, 25), lines);

        BrowserIT.logIn(browser, "batch01");
        browser.findElement(By.id("menu-batch-jobs")).click();
        BrowserIT.wait(browser).until(ExpectedConditions.urlContains("/batch/jobs.xhtml"));

        // PrimeFaces renders the select hidden behind its own widget; choose through the widget's API.
        assertTrue(browser.findElement(By.id("jobs:fileName")).getAttribute("innerHTML").contains("screen-203103.dat"));
        browser.executeScript("PF('inboxFile').selectValue('screen-203103.dat');");
        browser.findElement(By.id("jobs:start")).click();
        BrowserIT.awaitAjax(browser);
        BrowserIT.screenshot(browser, "04-batch-started");
        String message = browser.findElement(By.id("messages")).getText();
        assertTrue(message.contains("ジョブを開始しました"), message);

        WebElement row = null;
        for (int i = 0; i < 150 && row == null; i++) {
            browser.findElement(By.id("jobs:refresh")).click();
            BrowserIT.awaitAjax(browser);
            row = browser.findElements(By.cssSelector("#jobs\\:executions_data > tr")).stream()
                    .filter(r -> r.getText().contains("screen-203103.dat") && r.getText().contains("COMPLETED"))
                    .findFirst().orElse(null);
            if (row == null) {
                Thread.sleep(200);
            }
        }
        assertTrue(row != null, "the execution shows as COMPLETED");
        List<WebElement> cells = row.findElements(By.tagName("td"));
        assertEquals("120", cells.get(6).getText(), "read count");
        assertEquals("120", cells.get(7).getText(), "written count");
        BrowserIT.screenshot(browser, "05-batch-jobs");
        assertEquals(120, TestServer.queryLong("SELECT COUNT(*) FROM deduction_line l JOIN deduction_cycle c ON c.id = l.cycle_id "
                + "WHERE c.year_month = '2031-03'"));
        assertTrue(new Select(browser.findElement(By.id("jobs:format_input"))).getOptions().size() == 2);
    }
}
