package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The public pages in a real browser at a 1280-pixel desktop and at tablet width: nothing runs off the side,
 * every image has an alt text, and the login button is reached by keyboard. Screenshots go to
 * target/screenshots/portal-*.png (the login page one, portal-login.png, feeds the manual).
 */
@ExtendWith(ArquillianExtension.class)
class PortalBrowserIT {
    private static final List<String> PAGES = List.of("/", "/public/start.xhtml", "/public/environment.xhtml",
            "/public/contact.xhtml", "/public/manual.xhtml?m=common", "/public/manual.xhtml?m=lump-sum");
    private static ChromeDriver browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        Path home = Files.createTempDirectory("kojo-portal-browser");
        // A person with their certificate installed, so the login page shows the state a real user sees.
        browser = BrowserIT.startChromium("union01", home, Files.createDirectories(home.resolve("downloads")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void publicPagesFitDesktopAndTabletWidthsAndEveryImageHasAnAltText() throws Exception {
        for (int width : new int[] {1280, 768}) {
            browser.manage().window().setSize(new Dimension(width, 1000));
            for (String page : PAGES) {
                browser.get(TestServer.httpsBase() + page);
                BrowserIT.wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1.kojo-title")));
                Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertTrue(overflow <= 0, page + " runs " + overflow + " px off the side at " + width + " px");
                Long withoutAlt = (Long) ((JavascriptExecutor) browser).executeScript(
                        "return document.querySelectorAll('img:not([alt]), img[alt=\"\"]').length;");
                assertEquals(0L, withoutAlt, page + ": images without alt text");
                String name = page.equals("/") ? "front" : page.replaceAll(".*/|\\.xhtml|\\?m=", "").replace("manual", "manual-");
                BrowserIT.screenshot(browser, "portal-" + name + "-" + width);
            }
        }
    }

    @Test
    void loginButtonIsReachedAndPressedByKeyboard() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(TestServer.httpsBase() + "/");
        BrowserIT.wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("front-login")));
        String focused = "";
        for (int i = 0; i < 10 && !focused.equals("front-login"); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            focused = (String) ((JavascriptExecutor) browser).executeScript("return document.activeElement.id;");
        }
        assertEquals("front-login", focused, "the login button is among the first stops of the tab order");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        BrowserIT.wait(browser).until(ExpectedConditions.urlContains("/public/login.xhtml"));
        assertTrue(browser.findElement(By.id("certificate-status")).getText().contains("電子証明書を確認しました"));
        // Short window: the manual shows the form, not a screen of empty background below it.
        browser.manage().window().setSize(new Dimension(1280, 560));
        BrowserIT.screenshot(browser, "portal-login");
    }
}
