package jp.kojo.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import jp.kojo.batch.requestload.RequestFileFixtures;
import jp.kojo.batch.requestload.RequestFileFixtures.FixtureLine;
import jp.kojo.deduction.entity.CycleKind;
import jp.kojo.it.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The batch administrator at the browser: picks a file in the inbox, starts the load, watches it finish. */
class BatchJobsScreenIT extends KojoBrowserIT {
    private static final String USER = "batch01";

    private static Path inbox(String fileName) {
        return TestServer.home().resolve("interchange/inbox").resolve(fileName);
    }

    private static KojoBrowser batchScreen() throws Exception {
        KojoBrowser browser = loggedIn(USER);
        browser.find("menu-batch-jobs").click();
        return browser.waitUntilPath(BATCH_JOBS);
    }

    private static void chooseFile(KojoBrowser browser, String fileName) {
        browser.choose("jobs:fileName", fileName);
    }

    @Test
    void administratorStartsALoadAndSeesItsStatusAndCounts() throws Exception {
        List<FixtureLine> lines = RequestFileFixtures.lines(120, "1000000001", "2000000002");
        RequestFileFixtures.writeFixed(inbox("screen-203103.dat"),
                YearMonth.of(2031, 3), CycleKind.MONTHLY, LocalDate.of(2031, 3, 25), lines);

        KojoBrowser browser = batchScreen();
        chooseFile(browser, "screen-203103.dat");
        browser.clickAndAwait("jobs:start");
        String message = browser.text("messages");
        assertTrue(message.contains("ジョブを開始しました"), message);

        WebElement row = browser.wait(Duration.ofSeconds(60)).until(d -> {
            browser.clickAndAwait("jobs:refresh");
            return d.findElements(By.cssSelector("#jobs\\:executions_data > tr")).stream()
                    .filter(r -> r.getText().contains("screen-203103.dat") && r.getText().contains("COMPLETED"))
                    .findFirst().orElse(null);
        });
        List<WebElement> cells = row.findElements(By.tagName("td"));
        assertEquals("120", cells.get(6).getText(), "read count");
        assertEquals("120", cells.get(7).getText(), "written count");
        browser.screenshots("batch-jobs");
        assertEquals(120, TestServer.queryLong("SELECT COUNT(*) FROM deduction_line l JOIN deduction_cycle c ON c.id = l.cycle_id "
                + "WHERE c.year_month = '2031-03'"));
        assertEquals(2, new Select(browser.find("jobs:format_input")).getOptions().size());
    }

    @Test
    void aFileThatVanishedBeforeTheStartIsRefusedInTheUsersLanguage() throws Exception {
        Path file = inbox("vanishing.dat");
        RequestFileFixtures.writeFixed(file, YearMonth.of(2031, 4), CycleKind.MONTHLY, LocalDate.of(2031, 4, 25),
                RequestFileFixtures.lines(3, "1000000001"));
        KojoBrowser browser = batchScreen();
        chooseFile(browser, "vanishing.dat");
        Files.delete(file);
        browser.clickAndAwait("jobs:start");
        String message = browser.text("messages");
        assertTrue(message.contains("受信フォルダにファイルがありません: vanishing.dat"), message);
    }
}
