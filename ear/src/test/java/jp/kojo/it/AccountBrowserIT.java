package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A master at a real browser, holding a temporary password: sent to the password page, told which rule its
 * first try broke, then changes it, sees its previous login on the menu, its history, and unlocks a colleague.
 */
@ExtendWith(ArquillianExtension.class)
class AccountBrowserIT {
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void aMasterWithATemporaryPasswordChangesItAndUnlocksAColleague() throws Exception {
        long organization = TestAccounts.organization();
        String master = TestAccounts.user("bm", organization, "MASTER", "Temp-pass-1234", true);
        String colleague = TestAccounts.user("bg", organization, "GENERAL", "Test-pass-2026", false);
        TestAccounts.lock(colleague);
        Path home = Files.createTempDirectory("kojo-account-browser");
        ChromeDriver browser = BrowserIT.startChromium(master, home, Files.createDirectories(home.resolve("downloads")));
        try {
            browser.get(TestServer.httpsBase() + "/public/login.xhtml");
            browser.findElement(By.id("login:loginId")).sendKeys(master);
            browser.findElement(By.id("login:password")).sendKeys("Temp-pass-1234");
            browser.findElement(By.id("login:submit")).click();
            BrowserIT.wait(browser).until(ExpectedConditions.urlContains("/account/password.xhtml"));
            assertTrue(browser.findElement(By.id("must-change")).isDisplayed());

            fill(browser, "Temp-pass-1234", "short1", "short1");
            assertTrue(browser.findElement(By.id("messages")).getText().contains("10文字以上32文字以下"));
            BrowserIT.screenshot(browser, "accounts-01-password-refused");

            fill(browser, "Temp-pass-1234", "Chosen-pass-2029", "Chosen-pass-2029");
            assertTrue(browser.findElement(By.id("messages")).getText().contains("パスワードを変更しました"));
            browser.findElement(By.id("to-menu")).click();
            BrowserIT.wait(browser).until(ExpectedConditions.urlContains("/index.xhtml"));
            assertTrue(browser.findElement(By.id("previous-login")).getText().contains("前回のログインはありません"));
            BrowserIT.screenshot(browser, "accounts-02-menu");

            browser.findElement(By.id("history-link")).click();
            BrowserIT.wait(browser).until(ExpectedConditions.urlContains("/account/history.xhtml"));
            assertEquals(1, browser.findElements(By.cssSelector("#latest tbody tr")).size());
            BrowserIT.screenshot(browser, "accounts-03-history");

            browser.get(TestServer.httpsBase() + "/account/users.xhtml");
            browser.findElement(By.linkText("ロック解除")).click();
            BrowserIT.wait(browser).until(ExpectedConditions.urlContains("user=" + colleague));
            assertEquals(colleague, browser.findElement(By.id("unlock:loginId")).getAttribute("value"));
            browser.findElement(By.id("unlock:reason")).sendKeys("電話で本人確認");
            browser.findElement(By.id("unlock:submit")).click();
            BrowserIT.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "ロックを解除しました"));
            BrowserIT.screenshot(browser, "accounts-04-unlocked");
            assertFalse(TestAccounts.locked(colleague));
        } finally {
            browser.quit();
        }
    }

    private static void fill(ChromeDriver browser, String current, String next, String confirmation) {
        browser.findElement(By.id("password:current")).sendKeys(current);
        browser.findElement(By.id("password:newPassword")).sendKeys(next);
        browser.findElement(By.id("password:confirmation")).sendKeys(confirmation);
        WebElement save = browser.findElement(By.id("password:save"));
        save.click();
        BrowserIT.wait(browser).until(ExpectedConditions.stalenessOf(save));
    }
}
