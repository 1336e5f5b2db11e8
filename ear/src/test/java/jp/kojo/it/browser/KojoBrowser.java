package jp.kojo.it.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.kojo.it.TestServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person at Debian's headless Chromium: an NSS database holding the user's PKCS#12 certificate (or none)
 * and trusting Kojo's CA, a rule that picks the certificate without a dialog, a downloads folder. Waits are
 * on the page's state (document ready, PrimeFaces' ajax queue empty), never on the clock.
 */
public final class KojoBrowser implements AutoCloseable {
    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension TABLET = new Dimension(768, 1024);
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final ChromeDriver driver;
    private final Path downloads;
    private final String loginId;

    private KojoBrowser(ChromeDriver driver, Path downloads, String loginId) {
        this.driver = driver;
        this.downloads = downloads;
        this.loginId = loginId;
    }

    /** A fresh browser holding the certificate of {@code loginIdOrNull} (none when null). */
    public static KojoBrowser start(String loginIdOrNull) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory("kojo-browser-" + (loginIdOrNull == null ? "anonymous" : loginIdOrNull));
        Path downloads = Files.createDirectories(home.resolve("downloads"));
        Path nss = Files.createDirectories(home.resolve(".pki/nssdb"));
        run("certutil", "-N", "-d", "sql:" + nss, "--empty-password");
        if (loginIdOrNull != null) {
            run("pk12util", "-i", TestServer.certificate(loginIdOrNull).toString(), "-d", "sql:" + nss,
                    "-W", TestServer.CERTIFICATE_PASSPHRASE);
        }
        run("certutil", "-A", "-n", "kojo-ca", "-t", "C,,", "-i", TestServer.caCertificate().toString(), "-d", "sql:" + nss);

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .withEnvironment(Map.of("HOME", home.toString()))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=ja",
                "--window-size=" + DESKTOP.getWidth() + "," + DESKTOP.getHeight(),
                "--user-data-dir=" + home.resolve("profile"));
        String origin = "https://localhost:" + System.getProperty("it.https.port", "8543");
        // Without a rule headless Chromium waits forever for a certificate choice it cannot show.
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "profile.content_settings.exceptions.auto_select_certificate",
                Map.of(origin + ",*", Map.of("setting", Map.of("filters", List.of(Map.of()))))));
        ChromeDriver driver = new ChromeDriver(service, options);
        // Every page records what Kojo's Content-Security-Policy blocked; awaitReady fails on any of it.
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.kojoCspViolations = [];"
                        + "document.addEventListener('securitypolicyviolation', function (e) {"
                        + "  window.kojoCspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')"
                        + "    + ' at ' + e.sourceFile + ':' + e.lineNumber + ' ' + (e.sample || ''));"
                        + "});"));
        return new KojoBrowser(driver, downloads, loginIdOrNull);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public String loginId() {
        return loginId;
    }

    /** Opens a path of the application (e.g. {@code /public/login.xhtml}) and waits until it is ready. */
    public KojoBrowser open(String path) {
        driver.get(TestServer.httpsBase() + path);
        return awaitReady();
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.substring(url.indexOf("/kojo") + "/kojo".length());
    }

    /** Logs in through the login page with this browser's certificate and the demo password; ends on the menu. */
    public KojoBrowser logIn() {
        open(KojoBrowserIT.LOGIN);
        find("login:loginId").sendKeys(loginId);
        find("login:password").sendKeys(TestServer.DEMO_PASSWORD);
        find("login:submit").click();
        waitUntilPath(KojoBrowserIT.MENU);
        return this;
    }

    public KojoBrowser logOut() {
        find("userbar:logout").click();
        return waitUntilPath(KojoBrowserIT.LOGIN);
    }

    public KojoBrowser waitUntilPath(String path) {
        wait(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(path));
        return awaitReady();
    }

    public WebElement find(String id) {
        return driver.findElement(By.id(id));
    }

    public String text(String id) {
        return find(id).getText();
    }

    public WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    /** The document is loaded, PrimeFaces' ajax queue is empty and jQuery has nothing in flight. */
    public KojoBrowser awaitReady() {
        wait(Duration.ofSeconds(30)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' "
                        + "&& (typeof PrimeFaces === 'undefined' || PrimeFaces.ajax.Queue.isEmpty()) "
                        + "&& (typeof jQuery === 'undefined' || jQuery.active === 0);"));
        Object blocked = driver.executeScript("return window.kojoCspViolations || [];");
        if (blocked instanceof List<?> violations && !violations.isEmpty()) {
            throw new AssertionError("Content-Security-Policy blocked on " + driver.getCurrentUrl() + ": " + violations);
        }
        return this;
    }

    /** Clicks and waits for the ajax request the click started. */
    public KojoBrowser clickAndAwait(String id) {
        find(id).click();
        return awaitReady();
    }

    /**
     * Picks an option of a PrimeFaces select by its label the way a person does (open the menu, click the
     * item), so the select's change and its ajax request fire; then waits for the request.
     */
    public KojoBrowser choose(String selectId, String label) {
        By item = By.xpath("//*[@id='" + selectId + "_items']//li[normalize-space(.)='" + label + "']");
        String shown = "";
        // The menu slides open: a click during the animation can land on a neighbouring item, so wait for it
        // to settle, and try again (as a person would) if the select still shows something else.
        for (int attempt = 0; attempt < 3 && !label.equals(shown.trim()); attempt++) {
            find(selectId).click();
            wait(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id(selectId + "_panel")));
            wait(Duration.ofSeconds(10)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                    "return typeof jQuery === 'undefined' || jQuery(':animated').length === 0;"));
            // Chromium may still lay the item out at zero size after the animation: wait until it has a box.
            wait(Duration.ofSeconds(10)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                    "var r = arguments[0].getBoundingClientRect(); return r.width > 0 && r.height > 0;",
                    d.findElement(item)));
            try {
                wait(Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(item)).click();
            } catch (ElementNotInteractableException | StaleElementReferenceException e) {
                // Closed or re-rendered between the check and the click: the loop opens it again.
                continue;
            } finally {
                awaitReady();
            }
            shown = find(selectId + "_label").getText();
        }
        if (!label.equals(shown.trim())) {
            throw new AssertionError(selectId + " shows " + shown + ", not " + label);
        }
        return this;
    }

    public Path awaitDownload(String suffix) {
        return wait(Duration.ofSeconds(60)).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    /** {@code target/screenshots/NAME.png} at 1280 px and {@code NAME-tablet.png} at 768 x 1024. */
    public KojoBrowser screenshots(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        // No focus ring left over from the test's last click: the pictures are copied into the manuals.
        driver.executeScript("if (document.activeElement) { document.activeElement.blur(); }");
        resize(DESKTOP);
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        resize(TABLET);
        Files.write(SCREENSHOTS.resolve(name + "-tablet.png"), driver.getScreenshotAs(OutputType.BYTES));
        return resize(DESKTOP);
    }

    /** Resizes the window and waits for the browser to lay the page out again (two animation frames). */
    public KojoBrowser resize(Dimension size) {
        driver.manage().window().setSize(size);
        driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "requestAnimationFrame(() => requestAnimationFrame(() => done(true)));");
        return awaitReady();
    }

    /** axe-core on the page as it is now; fails on serious or critical findings. */
    public KojoBrowser assertAccessible() {
        Accessibility.assertNoSeriousViolations(driver, path() + " (" + (loginId == null ? "anonymous" : loginId) + ")");
        return this;
    }

    @Override
    public void close() {
        driver.quit();
    }

    static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
