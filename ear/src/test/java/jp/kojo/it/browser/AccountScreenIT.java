package jp.kojo.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import jp.kojo.it.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A master at a real browser, holding a temporary password: sent to the password page, told which rule its
 * first try broke, then changes it, sees its previous login on the menu, its history, and unlocks a colleague.
 */
class AccountScreenIT extends KojoBrowserIT {
    @Test
    void aMasterWithATemporaryPasswordChangesItAndUnlocksAColleague() throws Exception {
        long organization = TestAccounts.organization();
        String master = TestAccounts.user("bm", organization, "MASTER", "Temp-pass-1234", true);
        String colleague = TestAccounts.user("bg", organization, "GENERAL", "Test-pass-2026", false);
        TestAccounts.lock(colleague);
        KojoBrowser browser = browser(master).open(LOGIN);
        browser.find("login:loginId").sendKeys(master);
        browser.find("login:password").sendKeys("Temp-pass-1234");
        browser.find("login:submit").click();
        browser.waitUntilPath("/account/password.xhtml");
        assertTrue(browser.find("must-change").isDisplayed());

        fill(browser, "Temp-pass-1234", "short1", "short1");
        assertTrue(browser.text("messages").contains("10文字以上32文字以下"));
        browser.screenshots("accounts-password-refused");

        fill(browser, "Temp-pass-1234", "Chosen-pass-2029", "Chosen-pass-2029");
        assertTrue(browser.text("messages").contains("パスワードを変更しました"));
        browser.find("to-menu").click();
        browser.waitUntilPath(MENU);
        assertTrue(browser.text("previous-login").contains("前回のログインはありません"));
        browser.screenshots("accounts-menu");

        browser.find("history-link").click();
        browser.waitUntilPath("/account/history.xhtml");
        assertEquals(1, browser.driver().findElements(By.cssSelector("#latest tbody tr")).size());
        browser.screenshots("accounts-history");

        browser.open("/account/users.xhtml");
        assertTrue(browser.text("users").contains(colleague), "the colleague is listed with its rights");
        browser.screenshots("accounts-users");
        browser.driver().findElement(By.linkText("ロック解除")).click();
        browser.waitUntilPath("user=" + colleague);
        assertEquals(colleague, browser.find("unlock:loginId").getAttribute("value"));
        browser.find("unlock:reason").sendKeys("電話で本人確認");
        browser.find("unlock:submit").click();
        browser.wait(Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "ロックを解除しました"));
        browser.screenshots("accounts-unlocked");
        assertFalse(TestAccounts.locked(colleague));
    }

    private static void fill(KojoBrowser browser, String current, String next, String confirmation) {
        browser.find("password:current").sendKeys(current);
        browser.find("password:newPassword").sendKeys(next);
        browser.find("password:confirmation").sendKeys(confirmation);
        WebElement save = browser.find("password:save");
        save.click();
        // The form is rendered anew: any answer about the old button but "still here" means it is gone
        // (Chromium sometimes says "node does not belong to the document" instead of "stale").
        browser.wait(Duration.ofSeconds(30)).until(d -> {
            try {
                save.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        browser.awaitReady();
    }
}
