package jp.kojo.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import jp.kojo.it.BatchApi;
import jp.kojo.it.KojoBrowserlessClient;
import jp.kojo.it.PayrollFixture;
import jp.kojo.it.ResultsFile;
import jp.kojo.it.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * One payroll month in Chromium: the general user uploads the payroll system's result file (Windows-31J) with
 * a few mismatches, sees the reconciliation, applies it, resolves the rest on the result list (a line the file
 * did not have, a row over the request), and the master approves and sends; the results file for the host then
 * holds, line by line, the amounts of the uploaded file and those resolved on the list.
 */
class PayrollMonthIT extends KojoBrowserIT {
    @Test
    void resultsUploadedWithMismatchesAreResolvedApprovedAndSent() throws Exception {
        PayrollFixture f = PayrollFixture.create();
        Path file = Files.createTempFile("payroll-results", ".csv");
        Files.write(file, PayrollFixture.csv(
                "E0001,港 太郎1,30,\"10,123\"",
                "E0002,港 太郎2,10,15000",
                "E0003,港 太郎3,40,0",
                "E0004,港 太郎4,50,99999",
                "E0006,港 太郎6,20,60123",
                "E0099,退職者,30,1000").getBytes(Charset.forName("windows-31j")));

        KojoBrowser general = loggedIn(f.general);
        general.clickAndAwait("menu-payroll").waitUntilPath("/deduction/results.xhtml");
        assertTrue(general.text("cycle-label").contains("賞与"), general.text("cycle-label"));
        general.find("upload:file").sendKeys(file.toString());
        general.find("upload:keyColumn").sendKeys("社員番号");
        general.find("upload:productColumn").sendKeys("商品コード");
        general.find("upload:amountColumn").sendKeys("控除額");
        general.screenshots("payroll-01-results");
        general.find("upload:submit").click();
        general.waitUntilPath("/deduction/reconcile.xhtml");
        assertEquals("2", general.text("count-equal"));
        assertEquals("2", general.text("count-different"));
        assertEquals("1", general.text("count-over"));
        assertEquals("1", general.text("count-unmatched"));
        assertEquals("1", general.text("count-missing"));
        org.junit.jupiter.api.Assertions.assertNull(f.column("result_code", 1), "nothing changes before the user applies");
        general.screenshots("payroll-02-reconciliation");
        general.assertAccessible();

        new Select(general.find("apply:zeroReason")).selectByValue("INSUFFICIENT_PAY");
        general.clickAndAwait("apply:apply-all");
        assertTrue(general.text("messages").contains("4件の行を明細に反映しました。"), general.text("messages"));
        assertEquals("PARTIALLY_DEDUCTED", f.column("result_code", 2));
        assertEquals("INSUFFICIENT_PAY", f.column("not_deducted_reason", 3));

        // The rest on the list: line 4 (over the request in the file) and line 5 (no row) still have no result.
        general.find("apply:back").click();
        general.waitUntilPath("/deduction/results.xhtml");
        new Select(general.find("lines:filter")).selectByValue("WITHOUT_RESULT");
        general.awaitReady();
        general.wait(Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector("#lines\\:table_data > tr")).size() == 2);
        general.clickAndAwait("lines:table:0:enter");
        general.wait(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("entry:result")));
        new Select(general.find("entry:result")).selectByValue("PARTIALLY_DEDUCTED");
        general.find("entry:amount").clear();
        general.find("entry:amount").sendKeys("30000");
        general.screenshots("payroll-03-entry");
        general.clickAndAwait("entry:save");
        assertTrue(general.text("messages").contains("1件の明細の結果を保存しました。"), general.text("messages"));
        assertEquals("30000", f.column("deducted_amount", 4));
        general.wait(Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector("#lines\\:table_data > tr")).size() == 1);
        general.clickAndAwait("lines:table:0:enter");
        general.wait(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("entry:result")));
        new Select(general.find("entry:result")).selectByValue("NOT_DEDUCTED");
        new Select(general.find("entry:reason")).selectByValue("RETIRED");
        general.clickAndAwait("entry:save");
        assertEquals("RETIRED", f.column("not_deducted_reason", 5));
        assertEquals("0", general.text("actions:totals:without-result-total"));
        general.screenshots("payroll-04-resolved");

        KojoBrowser master = loggedIn(f.master);
        master.open("/deduction/results.xhtml?cycle=" + f.cycleId);
        master.clickAndAwait("actions:approve");
        assertTrue(master.text("messages").contains("承認しました。"), master.text("messages"));
        master.find("actions:send").click();
        master.wait(Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
        master.clickAndAwait(master.driver().findElement(By.cssSelector(".ui-confirmdialog-yes")).getAttribute("id"));
        assertTrue(master.text("messages").contains("控除結果を送信しました。"), master.text("messages"));
        assertEquals("送信済", master.text("status"));
        assertTrue(master.driver().findElements(By.id("upload:file")).isEmpty(), "a sent cycle takes no upload");
        assertEquals("SENT", TestServer.queryString("SELECT status FROM organization_cycle WHERE cycle_id = ? "
                + "AND organization_id = ?", f.cycleId, f.organizationId));
        master.screenshots("payroll-05-sent");

        // The results file for the host: the uploaded amounts as applied, the two lines resolved on the list.
        KojoBrowserlessClient admin = new KojoBrowserlessClient("batch01").loggedInAs("batch01");
        String view = BatchApi.awaitEnd(admin, BatchApi.start(admin, "deduction-results-out", "{\"yearMonth\":\""
                + TestServer.queryString("SELECT year_month FROM deduction_cycle WHERE id = ?", f.cycleId) + "\",\"kind\":\""
                + TestServer.queryString("SELECT kind FROM deduction_cycle WHERE id = ?", f.cycleId) + "\"}"));
        assertTrue(view.contains("\"exitStatus\":\"EXPORTED\""), view);
        List<ResultsFile.Data> records = ResultsFile.read(TestServer.queryString("SELECT e.file_name FROM results_export e "
                + "JOIN organization_cycle oc ON oc.id = e.organization_cycle_id WHERE oc.cycle_id = ? AND oc.organization_id = ?",
                f.cycleId, f.organizationId)).data();
        assertEquals(6, records.size());
        // employee number, product, amount of the uploaded rows that matched a line within its request
        Map<String, Long> uploaded = Map.of("E0001/30", 10_123L, "E0002/10", 15_000L, "E0003/40", 0L, "E0006/20", 60_123L);
        uploaded.forEach((key, amount) -> {
            ResultsFile.Data record = records.stream().filter(r -> (r.employeeNumber() + "/" + r.product()).equals(key))
                    .findFirst().orElseThrow(() -> new AssertionError("no record for " + key));
            assertEquals((long) amount, record.deducted(), key);
            char code = amount == 0 ? '3' : amount == PayrollFixture.requested(record.lineNumber()) ? '1' : '2';
            assertEquals(code, record.result(), key);
        });
        assertEquals('4', records.get(2).reason(), "0 yen applied with 給与不足");
        assertEquals(30_000, records.get(3).deducted(), "over the request in the file, entered on the list");
        assertEquals('2', records.get(3).result());
        assertEquals(0, records.get(4).deducted(), "no row in the file, 退職 on the list");
        assertEquals("31", "" + records.get(4).result() + records.get(4).reason());
    }
}
