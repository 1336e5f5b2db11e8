package jp.kojo.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import jp.kojo.batch.requestload.RequestFileFixtures;
import jp.kojo.batch.requestload.RequestFileFixtures.FixtureLine;
import jp.kojo.deduction.entity.CycleKind;
import jp.kojo.deduction.entity.Product;
import jp.kojo.it.LumpSumFixture;
import jp.kojo.it.ResultsFile;
import jp.kojo.it.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A whole lump-sum month at the browser: the batch administrator loads the host's request file for a new
 * cycle, a general user marks three lines not deducted (退職; その他 with a note; 給与不足 with payment stop on a
 * card loan), the master approves and sends, the batch administrator writes the results file, and the file says
 * for each line what was entered on the screen.
 */
class LumpSumMonthIT extends KojoBrowserIT {
    private static final String ADMIN = "batch01";
    private static final String GENERAL = "union01g";
    private static final String MASTER = "union01";

    /** What the general user enters, by line number; lines not named stay deducted. */
    private record Entry(String reason, String note, boolean paymentStop, char reasonCode) {
    }

    private static final Map<Integer, Entry> ENTERED = Map.of(
            1, new Entry("RETIRED", null, false, '1'),
            2, new Entry("OTHER", "転居先不明", false, '9'),
            3, new Entry("INSUFFICIENT_PAY", null, true, '4'));

    @Test
    void requestFileToResultsFileThroughTheScreens() throws Exception {
        // A cycle no other test uses: a bonus cycle of the past century paying three weeks ahead.
        YearMonth month;
        do {
            month = YearMonth.of(ThreadLocalRandom.current().nextInt(1900, 2000), ThreadLocalRandom.current().nextInt(1, 13));
        } while (TestServer.queryLong("SELECT COUNT(*) FROM deduction_cycle WHERE year_month = ?", month.toString()) > 0);
        LocalDate paymentDate = LumpSumFixture.CALENDAR.nextBusinessDay(LumpSumFixture.serverToday().plusDays(21));
        String persons = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        List<FixtureLine> lines = List.of(
                FixtureLine.of(LumpSumFixture.UNION, "8" + persons + "001", "M1", "ﾐﾅﾐ ﾀﾛｳ", Product.LOAN_REPAYMENT, "101", "1111111", 31_000),
                FixtureLine.of(LumpSumFixture.UNION, "8" + persons + "002", "M2", "ｷﾀ ﾊﾅｺ", Product.INSTALLMENT_DEPOSIT, "101", "2222222", 12_000),
                FixtureLine.of(LumpSumFixture.UNION, "8" + persons + "003", "", "ﾆｼﾉ ｼﾞﾛｳ", Product.CARD_LOAN_REPAYMENT, "101", "3333333", 43_000),
                FixtureLine.of(LumpSumFixture.UNION, "8" + persons + "004", "M4", "ﾋｶﾞｼ ｻﾌﾞﾛｳ", Product.MUTUAL_AID, "101", "4444444", 5_400));
        String requestFile = "month-" + month.toString().replace("-", "") + "-" + persons + ".dat";
        RequestFileFixtures.writeFixed(TestServer.home().resolve("interchange/inbox").resolve(requestFile), month,
                CycleKind.BONUS, paymentDate, lines);

        // 1. The batch administrator loads the request file.
        KojoBrowser admin = loggedIn(ADMIN);
        admin.find("menu-batch-jobs").click();
        admin.waitUntilPath(BATCH_JOBS);
        admin.choose("jobs:fileName", requestFile);
        admin.clickAndAwait("jobs:start");
        awaitExecution(admin, requestFile, "COMPLETED");
        admin.screenshots("month-01-request-loaded");
        long cycleId = TestServer.queryLong("SELECT id FROM deduction_cycle WHERE year_month = ? AND kind = 'BONUS'", month.toString());

        // 2. The general user marks three lines not deducted, one at a time through the dialog.
        KojoBrowser general = loggedIn(GENERAL);
        general.open(LUMP_SUM_CYCLE + "?cycle=" + cycleId);
        general.screenshots("month-02-cycle-issued");
        for (var e : ENTERED.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            mark(general, e.getKey(), e.getValue());
        }
        assertTrue(general.text("lines:table").contains("転居先不明"));
        general.screenshots("month-03-marked");

        // 3. The master approves and sends.
        KojoBrowser master = loggedIn(MASTER);
        master.open(LUMP_SUM_CYCLE + "?cycle=" + cycleId);
        master.clickAndAwait("actions:approve");
        assertTrue(master.text("messages").contains("承認しました。"), master.text("messages"));
        master.clickAndAwait("actions:send");
        master.wait(Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        master.awaitReady();
        assertTrue(master.text("messages").contains("まとめ入金依頼書を送信しました。"), master.text("messages"));
        master.screenshots("month-04-sent");

        // 4. The batch administrator writes the results of this cycle.
        admin.open(BATCH_JOBS);
        admin.choose("jobs:job", "控除結果データ作成");
        admin.find("jobs:resultsYearMonth").sendKeys(month.toString().replace("-", ""));
        admin.choose("jobs:resultsKind", "賞与");
        admin.clickAndAwait("jobs:start");
        assertTrue(admin.text("messages").contains("ジョブを開始しました"), admin.text("messages"));
        long organizationCycle = TestServer.queryLong("SELECT id FROM organization_cycle WHERE cycle_id = ?", cycleId);
        String resultsFile = admin.wait(Duration.ofSeconds(60)).until(d -> {
            try {
                return TestServer.queryString("SELECT file_name FROM results_export WHERE organization_cycle_id = ? "
                        + "AND status = 'EXPORTED'", organizationCycle);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        WebElement row = awaitExecution(admin, resultsFile, "COMPLETED");
        assertTrue(row.getText().contains("deduction-results-out") && row.getText().contains("EXPORTED"), row.getText());
        admin.screenshots("month-05-results-written");

        // 5. The file says, line by line, what was entered on the screen.
        ResultsFile file = ResultsFile.read(resultsFile);
        List<ResultsFile.Data> data = file.data();
        assertEquals(lines.size(), data.size());
        for (int i = 0; i < lines.size(); i++) {
            FixtureLine sent = lines.get(i);
            ResultsFile.Data d = data.get(i);
            Entry entered = ENTERED.get(i + 1);
            String where = "line " + (i + 1);
            assertEquals(i + 1, d.lineNumber(), where);
            assertEquals(sent.personNumber(), d.personNumber(), where);
            assertEquals(sent.productCode(), d.product(), where);
            assertEquals(sent.amount(), d.requested(), where);
            assertEquals(java.text.Normalizer.normalize(sent.nameKana(), java.text.Normalizer.Form.NFKC), d.nameKana(), where);
            assertEquals(entered == null ? '1' : '3', d.result(), where);
            assertEquals(entered == null ? sent.amount() : 0, d.deducted(), where);
            assertEquals(entered == null ? '0' : entered.reasonCode(), d.reason(), where);
            assertEquals(entered != null && entered.paymentStop() ? '1' : '0', d.paymentStop(), where);
        }
        long payable = lines.stream().filter(l -> !ENTERED.containsKey(lines.indexOf(l) + 1)).mapToLong(FixtureLine::amount).sum();
        assertEquals(String.format("%08d%015d", 1, payable), file.ofType('8').get(0).substring(80, 103));
        assertEquals(String.format("%,d", payable), master.text("actions:totals:payable-total"),
                "the file's amount to be paid is the payment request's");
    }

    private static void mark(KojoBrowser browser, int lineNumber, Entry entry) throws Exception {
        browser.clickAndAwait("lines:table:" + (lineNumber - 1) + ":mark");
        browser.wait(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("mark:reason")));
        new Select(browser.find("mark:reason")).selectByValue(entry.reason());
        if (entry.note() != null) {
            browser.find("mark:note").sendKeys(entry.note());
        }
        if (entry.paymentStop()) {
            browser.driver().findElement(By.cssSelector("#mark\\:paymentStop .ui-chkbox-box")).click();
        }
        if (lineNumber == 2) {
            browser.screenshots("month-03-dialog-other");
        }
        browser.clickAndAwait("mark:save");
        browser.wait(Duration.ofSeconds(30)).until(ExpectedConditions.invisibilityOfElementLocated(By.id("mark:reason")));
        assertTrue(browser.text("messages").contains("1件の明細を控除不能として保存しました。"), browser.text("messages"));
    }

    /** Refreshes the execution list until a row names {@code text} with the status; answers the row. */
    private static WebElement awaitExecution(KojoBrowser browser, String text, String status) {
        return browser.wait(Duration.ofSeconds(90)).until(d -> {
            browser.clickAndAwait("jobs:refresh");
            return d.findElements(By.cssSelector("#jobs\\:executions_data > tr")).stream()
                    .filter(r -> r.getText().contains(text) && r.getText().contains(status))
                    .findFirst().orElse(null);
        });
    }
}
