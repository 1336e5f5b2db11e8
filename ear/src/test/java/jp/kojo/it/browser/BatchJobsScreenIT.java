package jp.kojo.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kojo.batch.requestload.RequestFileFixtures;
import jp.kojo.batch.requestload.RequestFileFixtures.Defect;
import jp.kojo.batch.requestload.RequestFileFixtures.FixtureLine;
import jp.kojo.deduction.entity.CycleKind;
import jp.kojo.it.BatchFixture;
import jp.kojo.it.KojoBrowserlessClient;
import jp.kojo.it.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The batch administrator at the browser: starts a load with a file from the inbox, watches its progress bar
 * (the page polls while a job runs), downloads the rejection report of a bad file, and marks failed and restarts
 * an execution that a crash left running; schedules a start for later and cancels it.
 */
class BatchJobsScreenIT extends KojoBrowserIT {
    private static final String USER = "batch01";
    /** Columns of the history table. */
    private static final int STATUS = 3;
    private static final int PROGRESS = 5;
    private static final int READ = 6;
    private static final int WRITTEN = 7;
    private static final int REJECTED = 9;

    private static Path inbox(String fileName) {
        return TestServer.home().resolve("interchange/inbox").resolve(fileName);
    }

    private static KojoBrowser batchScreen() throws Exception {
        KojoBrowser browser = loggedIn(USER);
        browser.find("menu-batch-jobs").click();
        return browser.waitUntilPath(BATCH_JOBS);
    }

    private static Optional<WebElement> row(KojoBrowser browser, String table, String... texts) {
        return browser.driver().findElements(By.cssSelector("#jobs\\:" + table + "_data > tr")).stream()
                .filter(r -> List.of(texts).stream().allMatch(r.getText()::contains)).findFirst();
    }

    /** Waits, without touching the page, until the history shows a row with all the texts; its cells' texts. */
    private static List<String> awaitHistoryRow(KojoBrowser browser, String... texts) {
        return browser.wait(Duration.ofSeconds(90)).ignoring(StaleElementReferenceException.class)
                .until(d -> row(browser, "executions", texts)
                        .map(r -> r.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                        .orElse(null));
    }

    @Test
    void administratorStartsALoadAndWatchesItsProgressBarReachAHundredPercent() throws Exception {
        List<FixtureLine> lines = RequestFileFixtures.lines(24_000, "1000000001", "2000000002");
        RequestFileFixtures.writeFixed(inbox("screen-203103.dat"),
                YearMonth.of(2031, 3), CycleKind.MONTHLY, LocalDate.of(2031, 3, 25), lines);

        KojoBrowser browser = batchScreen();
        assertEquals(2, new Select(browser.find("jobs:format_input")).getOptions().size());
        browser.choose("jobs:fileName", "screen-203103.dat");
        browser.clickAndAwait("jobs:start");
        String message = browser.text("messages");
        assertTrue(message.contains("ジョブを開始しました"), message);

        // The page polls by itself while the job runs; while it does, the running table shows the bar.
        boolean[] seenRunning = {false};
        List<String> cells = browser.wait(Duration.ofSeconds(90)).ignoring(StaleElementReferenceException.class).until(d -> {
            if (!seenRunning[0] && row(browser, "active", "screen-203103.dat", "実行中").isPresent()) {
                seenRunning[0] = true;
                try {
                    browser.screenshots("batch-jobs-running");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return row(browser, "executions", "screen-203103.dat", "100%")
                    .map(r -> r.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).orElse(null);
        });
        assertTrue(cells.get(STATUS).contains("正常終了") && cells.get(STATUS).contains("COMPLETED (LOADED)"), cells.toString());
        assertEquals("100%", cells.get(PROGRESS).trim());
        assertEquals("24000", cells.get(READ), "read count");
        assertEquals("24000", cells.get(WRITTEN), "written count");
        assertEquals("0", cells.get(REJECTED));
        browser.open(BATCH_JOBS).screenshots("batch-jobs");
        browser.assertAccessible();
        assertEquals(24_000, TestServer.queryLong("SELECT COUNT(*) FROM deduction_line l JOIN deduction_cycle c ON c.id = l.cycle_id "
                + "WHERE c.year_month = '2031-03'"));
    }

    @Test
    void theRejectionReportOfABadFileDownloadsAsAFile() throws Exception {
        YearMonth month = YearMonth.of(2034, 8);
        List<FixtureLine> lines = new ArrayList<>(RequestFileFixtures.lines(40, "1000000001"));
        lines.set(9, lines.get(9).withProductCode("99"));
        RequestFileFixtures.writeCsv(inbox("screen-bad-203408.csv"), StandardCharsets.UTF_8, month, CycleKind.MONTHLY,
                month.atDay(25), lines, Defect.TRAILER_TOTAL_MISMATCH);

        KojoBrowser browser = batchScreen();
        browser.choose("jobs:fileName", "screen-bad-203408.csv");
        browser.choose("jobs:format", "CSV");
        browser.clickAndAwait("jobs:start");
        List<String> cells = awaitHistoryRow(browser, "screen-bad-203408.csv", "REJECTED");
        assertTrue(cells.get(STATUS).contains("異常終了"), cells.toString());

        WebElement report = row(browser, "executions", "screen-bad-203408.csv").orElseThrow()
                .findElement(By.linkText("エラー内容"));
        report.click();
        Path downloaded = browser.awaitDownload("screen-bad-203408.csv." + report.getDomAttribute("href")
                .replaceAll(".*execution=", "") + ".rejected.txt");
        String text = Files.readString(downloaded, StandardCharsets.UTF_8);
        assertTrue(text.contains("行 11") && text.contains("商品コード"), text);
        assertEquals(String.valueOf(text.lines().count()), cells.get(REJECTED), "each problem of the report is counted");
        browser.screenshots("batch-jobs-rejected");
    }

    @Test
    void anExecutionLeftRunningByACrashIsShownAsCrashedMarkedFailedAndRestarted() throws Exception {
        YearMonth month = YearMonth.of(2034, 9);
        KojoBrowserlessClient api = new KojoBrowserlessClient(USER).loggedInAs(USER);
        long crashed = BatchFixture.failedMidLoad(api, month, "screen-crash-203409.dat", 777_781);
        BatchFixture.lookCrashed(crashed);

        KojoBrowser browser = batchScreen();
        WebElement active = row(browser, "active", "screen-crash-203409.dat").orElseThrow();
        assertTrue(active.getText().contains("中断"), active.getText());
        int percent = Integer.parseInt(active.findElement(By.cssSelector(".ui-progressbar-label")).getText().replace("%", "").trim());
        assertEquals(83, percent, "the 20,000 records committed before the crash of the file's 24,003 lines");
        browser.screenshots("batch-jobs-crashed");

        active.findElement(By.cssSelector("[id$=':markFailed']")).click();
        browser.wait(Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        browser.awaitReady();
        assertTrue(browser.text("messages").contains("実行ID " + crashed + " を異常終了にしました"), browser.text("messages"));
        assertTrue(row(browser, "active", "screen-crash-203409.dat").isEmpty());

        row(browser, "executions", "screen-crash-203409.dat", "CRASHED").orElseThrow()
                .findElement(By.xpath(".//button[normalize-space(.)='再実行']")).click();
        browser.awaitReady();
        assertTrue(browser.text("messages").contains("ジョブを再実行しました"), browser.text("messages"));
        List<String> cells = awaitHistoryRow(browser, "screen-crash-203409.dat", "COMPLETED (LOADED)");
        assertEquals("100%", cells.get(PROGRESS).trim());
        assertEquals(BatchFixture.LINES, BatchFixture.linesOfCycle(month));
    }

    @Test
    void aFileThatVanishedBeforeTheStartIsRefusedInTheUsersLanguage() throws Exception {
        Path file = inbox("vanishing.dat");
        RequestFileFixtures.writeFixed(file, YearMonth.of(2031, 4), CycleKind.MONTHLY, LocalDate.of(2031, 4, 25),
                RequestFileFixtures.lines(3, "1000000001"));
        KojoBrowser browser = batchScreen();
        browser.choose("jobs:fileName", "vanishing.dat");
        Files.delete(file);
        browser.clickAndAwait("jobs:start");
        String message = browser.text("messages");
        assertTrue(message.contains("受信フォルダにファイルがありません: vanishing.dat"), message);
    }

    @Test
    void theJobChosenDecidesTheParametersAsked() throws Exception {
        KojoBrowser browser = batchScreen();
        browser.choose("jobs:job", "控除結果データ作成");
        assertTrue(browser.driver().findElements(By.id("jobs:fileName")).isEmpty());
        browser.find("jobs:resultsYearMonth").sendKeys("2031-13");
        browser.choose("jobs:resultsKind", "月例");
        browser.clickAndAwait("jobs:start");
        assertTrue(browser.text("messages").contains("控除年月は YYYYMM で"), browser.text("messages"));
        browser.choose("jobs:job", "財形預入データ作成");
        assertTrue(browser.text("jobs:parameters").contains("このジョブに指定する項目はありません。"));
    }

    @Test
    void aStartIsScheduledListedAndCancelledWithAReason() throws Exception {
        KojoBrowser browser = batchScreen();
        browser.choose("jobs:job", "控除結果データ作成");
        browser.find("jobs:resultsYearMonth").sendKeys("203906");
        browser.choose("jobs:resultsKind", "月例");
        WebElement at = browser.find("jobs:at");
        browser.driver().executeScript("arguments[0].value = arguments[1]", at, "2020-01-06T02:00");
        browser.find("jobs:reason").sendKeys("夜間に作成");
        browser.clickAndAwait("jobs:schedule");
        assertTrue(browser.text("messages").contains("予約日時は現在より後にしてください（日本時間）: 2020-01-06T02:00"),
                browser.text("messages"));

        browser.driver().executeScript("arguments[0].value = arguments[1]", browser.find("jobs:at"), "2030-01-07T02:00");
        browser.clickAndAwait("jobs:schedule");
        String message = browser.text("messages");
        assertTrue(message.contains("ジョブの開始を予約しました"), message);
        long id = Long.parseLong(message.replaceAll("(?s).*予約ID (\\d+).*", "$1"));
        WebElement scheduled = row(browser, "scheduled", "yearMonth=203906").orElseThrow();
        assertTrue(scheduled.getText().contains("2030/01/07 02:00:00") && scheduled.getText().contains("batch01")
                && scheduled.getText().contains("夜間に作成") && scheduled.getText().contains("予約中"), scheduled.getText());
        browser.screenshots("batch-jobs-scheduled");

        browser.find("jobs:cancelReason").sendKeys("依頼の取下げ");
        scheduled.findElement(By.cssSelector("[id$=':cancelSchedule']")).click();
        browser.wait(Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        browser.awaitReady();
        assertTrue(browser.text("messages").contains("予約ID " + id + " を取り消しました"), browser.text("messages"));
        String cancelled = row(browser, "scheduled", "yearMonth=203906").orElseThrow().getText();
        assertTrue(cancelled.contains("取消済") && cancelled.contains("依頼の取下げ"), cancelled);
        assertEquals("CANCELLED", TestServer.queryString("SELECT status FROM batch_schedule WHERE id = ?", id));
        browser.assertAccessible();
    }

    @Test
    void thePurgeAsksForItsMonthsAndPassesThemToTheJob() throws Exception {
        KojoBrowser browser = batchScreen();
        browser.choose("jobs:job", "保存期間経過データの削除");
        assertTrue(browser.text("jobs:parameters").contains("サーバー設定の 13 か月を保存します"), browser.text("jobs:parameters"));

        browser.find("jobs:retentionMonths").sendKeys("5");
        browser.clickAndAwait("jobs:start");
        assertTrue(browser.text("messages").contains("保存月数は 13 以上の整数"), browser.text("messages"));
        assertEquals("5", browser.find("jobs:retentionMonths").getDomProperty("value"), "what was typed is kept");
        browser.screenshots("batch-jobs-purge-refused");
        browser.assertAccessible(); // with a message shown: the page's own message blocks, no list of alerts

        // 50 years: the run keeps (nearly) everything; what it finds to delete is RetentionPurgeIT's concern.
        browser.find("jobs:retentionMonths").clear();
        browser.find("jobs:retentionMonths").sendKeys("600");
        browser.clickAndAwait("jobs:start");
        String message = browser.text("messages");
        assertTrue(message.contains("ジョブを開始しました"), message);
        long executionId = Long.parseLong(message.replaceAll("(?s).*実行ID (\\d+).*", "$1"));
        String status = browser.wait(Duration.ofSeconds(60)).until(d -> {
            try {
                String s = TestServer.queryString("SELECT batchstatus FROM job_execution WHERE jobexecutionid = ?", executionId);
                return List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(s) ? s : null;
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals("COMPLETED", status);
        String parameters = TestServer.queryString("SELECT jobparameters FROM job_execution WHERE jobexecutionid = ?", executionId);
        assertTrue(parameters.matches("(?s).*\\bmonths\\s*=\\s*600\\b.*"), parameters);
    }
}
