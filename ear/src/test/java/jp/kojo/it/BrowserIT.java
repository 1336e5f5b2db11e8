package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person at a real browser: Debian's headless Chromium holding the demo user's certificate in its NSS
 * database logs in through the login page, opens the request list, filters and sorts it, and downloads
 * the CSV and the PDF, which are read back.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserIT {
    private static final String LOGIN_ID = "union01";
    private static Path browserHome;
    private static Path downloads;
    private static ChromeDriver browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        browserHome = Files.createTempDirectory("kojo-browser-home");
        downloads = Files.createDirectories(browserHome.resolve("downloads"));
        browser = startChromium(LOGIN_ID, browserHome, downloads);
    }

    /** Debian's headless Chromium whose NSS database holds the user's certificate and trusts Kojo's CA. */
    static ChromeDriver startChromium(String loginId, Path home, Path downloadDir) throws Exception {
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
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,1000", "--lang=ja",
                "--user-data-dir=" + home.resolve("profile"));
        String origin = "https://localhost:" + System.getProperty("it.https.port", "8543");
        // Without a rule headless Chromium waits forever for a certificate choice it cannot show.
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloadDir.toString(),
                "download.prompt_for_download", false,
                "profile.content_settings.exceptions.auto_select_certificate",
                Map.of(origin + ",*", Map.of("setting", Map.of("filters", List.of(Map.of()))))));
        return new ChromeDriver(service, options);
    }

    static void logIn(ChromeDriver driver, String loginId) {
        driver.get(TestServer.httpsBase() + "/");
        // The context root is the public front page; its login button leads to the login page.
        wait(driver).until(ExpectedConditions.elementToBeClickable(By.id("front-login"))).click();
        wait(driver).until(ExpectedConditions.urlContains("/public/login.xhtml"));
        assertTrue(driver.findElement(By.id("certificate-status")).getText().contains("電子証明書を確認しました"));
        driver.findElement(By.id("login:loginId")).sendKeys(loginId);
        driver.findElement(By.id("login:password")).sendKeys(TestServer.DEMO_PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        wait(driver).until(ExpectedConditions.urlContains("/menu.xhtml"));
        assertEquals(loginId, driver.findElement(By.id("caller")).getText());
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void userLogsInOpensTheListFiltersSortsAndDownloadsBothFiles() throws Exception {
        long cycle = TestServer.currentCycleId();
        long org = TestServer.organizationId("1000000001");
        long lineCount = TestServer.queryLong("SELECT COUNT(*) FROM deduction_line WHERE organization_id = ? AND cycle_id = ?", org, cycle);

        logIn(browser, LOGIN_ID);
        screenshot(browser, "01-home");

        browser.findElement(By.id("menu-deduction-list")).click();
        wait(browser).until(ExpectedConditions.urlContains("/deduction/list.xhtml"));
        assertEquals(String.format("%,d", lineCount), browser.findElement(By.id("line-count")).getText());
        assertEquals(25, rows().size());
        screenshot(browser, "02-list");

        // Filter in the database by kana name.
        long satoLines = TestServer.queryLong("SELECT COUNT(*) FROM deduction_line l JOIN person p ON p.id = l.person_id "
                + "WHERE l.organization_id = ? AND l.cycle_id = ? AND p.name_kana LIKE ?", org, cycle, "%サトウ%");
        browser.findElement(By.id("list:nameKana")).sendKeys("サトウ");
        browser.findElement(By.id("list:filter")).click();
        awaitAjax();
        assertTrue(browser.findElement(By.cssSelector("#list\\:lines .ui-paginator-current")).getText()
                .endsWith("/ " + satoLines), "paginator shows the filtered count " + satoLines);
        for (WebElement row : rows()) {
            assertTrue(row.findElements(By.tagName("td")).get(3).getText().contains("サトウ"));
        }
        browser.findElement(By.id("list:clear")).click();
        awaitAjax();

        // Sort by amount, highest first: the first row carries the list's largest amount.
        long largest = TestServer.queryLong("SELECT MAX(requested_amount) FROM deduction_line WHERE organization_id = ? AND cycle_id = ?", org, cycle);
        WebElement amountHeader = browser.findElement(By.xpath("//th[contains(., '依頼金額')]"));
        amountHeader.click();
        awaitAjax();
        browser.findElement(By.xpath("//th[contains(., '依頼金額')]")).click();
        awaitAjax();
        assertEquals(String.format("%,d 円", largest), rows().get(0).findElements(By.tagName("td")).get(7).getText());
        screenshot(browser, "03-sorted");

        browser.findElement(By.id("list:download-csv")).click();
        Path csv = awaitDownload(".csv");
        List<String> csvRows = List.of(new String(Files.readAllBytes(csv), Charset.forName("windows-31j")).split("\r\n"));
        assertEquals(lineCount + 1, csvRows.size());
        assertTrue(csvRows.get(0).startsWith("行番号,個人番号"));

        browser.findElement(By.id("list:download-pdf")).click();
        Path pdf = awaitDownload(".pdf");
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("全国ろうきん労働組合"));
            assertTrue(text.contains("1 / " + document.getNumberOfPages()));
        }
    }

    private static List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#list\\:lines_data > tr"));
    }

    static WebDriverWait wait(ChromeDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    private static void awaitAjax() {
        awaitAjax(browser);
    }

    /** Waits until PrimeFaces' ajax queue is empty and jQuery has nothing in flight. */
    static void awaitAjax(ChromeDriver driver) {
        wait(driver).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return (typeof PrimeFaces === 'undefined' || PrimeFaces.ajax.Queue.isEmpty()) "
                        + "&& (typeof jQuery === 'undefined' || jQuery.active === 0);"));
    }

    private static Path awaitDownload(String suffix) {
        return wait(browser).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    static void screenshot(ChromeDriver driver, String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
