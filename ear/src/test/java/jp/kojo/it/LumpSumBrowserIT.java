package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * まとめ入金 in a real browser: a selection marked through the dialog, the history dialog, the menu link.
 * Self-contained on purpose (Chromium started here, not through a shared browser base) so that it stands beside
 * whichever browser-test base the project settles on; it can move onto that base as is.
 */
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
        browser = start(LOGIN_ID);
    }

    private static ChromeDriver start(String loginId) throws Exception {
        Path home = Files.createTempDirectory("kojo-lumpsum-browser");
        Path nss = Files.createDirectories(home.resolve(".pki/nssdb"));
        run("certutil", "-N", "-d", "sql:" + nss, "--empty-password");
        run("pk12util", "-i", TestServer.certificate(loginId).toString(), "-d", "sql:" + nss,
                "-W", TestServer.CERTIFICATE_PASSPHRASE);
        run("certutil", "-A", "-n", "kojo-ca", "-t", "C,,", "-i", TestServer.caCertificate().toString(), "-d", "sql:" + nss);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .withEnvironment(Map.of("HOME", home.toString()))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=ja", "--user-data-dir=" + home.resolve("profile"));
        String origin = "https://localhost:" + System.getProperty("it.https.port", "8543");
        // Without a rule headless Chromium waits forever for a certificate choice it cannot show.
        options.setExperimentalOption("prefs", Map.of("profile.content_settings.exceptions.auto_select_certificate",
                Map.of(origin + ",*", Map.of("setting", Map.of("filters", List.of(Map.of()))))));
        return new ChromeDriver(service, options);
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
        logIn();
        browser.findElement(By.id("menu-lump-sum")).click();
        await().until(ExpectedConditions.urlContains("/deduction/cycles.xhtml"));
        screenshot("lumpsum-01-cycles");

        browser.get(TestServer.httpsBase() + "/deduction/cycle.xhtml?cycle=" + cycle.cycleId);
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("lines:table")));
        selectRow(1);
        selectRow(3);
        browser.findElement(By.id("lines:mark-selection")).click();
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("mark:reason")));
        new Select(browser.findElement(By.id("mark:reason"))).selectByValue("DECEASED");
        browser.findElement(By.cssSelector("#mark\\:paymentStop .ui-chkbox-box")).click();
        screenshot("lumpsum-02-dialog");
        browser.findElement(By.id("mark:save")).click();
        awaitAjax();
        await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("mark:reason")));
        assertTrue(browser.findElement(By.id("messages")).getText().contains("2件の明細を控除不能として保存しました。"));
        assertEquals("DECEASED", TestServer.queryString("SELECT not_deducted_reason FROM deduction_line WHERE id = ?", cycle.line(1)));
        assertEquals("DECEASED", TestServer.queryString("SELECT not_deducted_reason FROM deduction_line WHERE id = ?", cycle.line(3)));
        long payable = TestServer.queryLong("SELECT SUM(requested_amount) FROM deduction_line WHERE cycle_id = ? "
                + "AND result_code IS NULL AND payment_stopped = FALSE", cycle.cycleId);
        assertEquals(String.format("%,d", payable), browser.findElement(By.id("actions:totals:payable-total")).getText());
        screenshot("lumpsum-03-marked");

        browser.findElement(By.id("lines:table:0:history")).click();
        awaitAjax();
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("historyForm:changes")));
        String history = browser.findElement(By.id("historyForm:changes")).getText();
        assertTrue(history.contains(LOGIN_ID) && history.contains("死亡") && history.contains("控除不能"), history);
        screenshot("lumpsum-04-history");
    }

    @Test
    void bankStaffSeeTheSentCyclesToReopenFromTheMenu() throws Exception {
        LumpSumFixture cycle = LumpSumFixture.create();
        TestServer.update("INSERT INTO organization_cycle (organization_id, cycle_id, payment_date, cut_off_date, status, "
                + "approved_by, sent_by, sent_at) VALUES (?, ?, ?, ?, 'SENT', 'union01', 'union01', CURRENT_TIMESTAMP)",
                TestServer.organizationId(LumpSumFixture.UNION), cycle.cycleId, cycle.paymentDate, cycle.paymentDate.minusDays(2));
        ChromeDriver bank = start("bank01");
        try {
            logIn(bank, "bank01");
            bank.findElement(By.id("menu-bank-lump-sum")).click();
            new WebDriverWait(bank, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/bank/lump-sum.xhtml"));
            assertTrue(bank.findElement(By.id("reopen:sent")).getText().contains(LumpSumFixture.UNION));
            screenshot(bank, "lumpsum-05-bank-reopen");
        } finally {
            bank.quit();
        }
    }

    private static void logIn() {
        logIn(browser, LOGIN_ID);
    }

    private static void logIn(ChromeDriver browser, String loginId) {
        browser.get(TestServer.httpsBase() + "/public/login.xhtml");
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.elementToBeClickable(By.id("login:loginId"))).sendKeys(loginId);
        browser.findElement(By.id("login:password")).sendKeys(TestServer.DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/menu.xhtml"));
    }

    private static WebDriverWait await() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** Waits until PrimeFaces' ajax queue is empty and jQuery has nothing in flight. */
    private static void awaitAjax() {
        await().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return (typeof PrimeFaces === 'undefined' || PrimeFaces.ajax.Queue.isEmpty()) "
                        + "&& (typeof jQuery === 'undefined' || jQuery.active === 0);"));
    }

    private static void screenshot(String name) throws IOException {
        screenshot(browser, name);
    }

    private static void screenshot(ChromeDriver browser, String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static void selectRow(int lineNumber) {
        browser.findElement(By.cssSelector("#lines\\:table_data > tr:nth-child(" + lineNumber + ") .ui-chkbox-box")).click();
        awaitAjax();
    }
}
