package jp.kojo.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The login page: what it says about the certificate, a wrong password, and a login by keyboard alone. */
class LoginScreenIT extends KojoBrowserIT {
    /** An employer's master user no other test logs in as (LoginIT locks zaikei01g on purpose). */
    private static final String USER = "zaikei01";

    @Test
    void withoutACertificateThePageSaysNoneWasPresented() throws Exception {
        KojoBrowser anonymous = browser(null).open(LOGIN);
        assertTrue(anonymous.find("certificate-status").getAttribute("class").contains("kojo-warn"));
        assertTrue(anonymous.text("certificate-status").contains("電子証明書が提示されていません"));
        anonymous.screenshots("login-no-certificate");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageAndTheUserStaysOnTheLoginPage() throws Exception {
        KojoBrowser browser = browser(USER).open(LOGIN);
        assertTrue(browser.text("certificate-status").contains("電子証明書を確認しました"));
        browser.screenshots("login");
        browser.find("login:loginId").sendKeys(USER);
        browser.find("login:password").sendKeys("not-" + "the-password");
        browser.find("login:submit").click();
        browser.waitUntilPath(LOGIN);
        String message = browser.text("messages");
        assertTrue(message.contains("ログインIDまたはパスワードが正しくないか"), message);
        assertEquals("", browser.find("login:password").getAttribute("value"), "the password is not sent back");
    }

    @Test
    void aPersonLogsInWithTheKeyboardAloneTabToTheFieldsAndEnter() throws Exception {
        KojoBrowser browser = browser(USER).open(LOGIN);
        Actions keyboard = new Actions(browser.driver());
        int tabs = 0;
        while (!"login:loginId".equals(focused(browser).getAttribute("id"))) {
            keyboard.sendKeys(Keys.TAB).perform();
            assertTrue(++tabs < 15, "Tab reaches the login id field");
        }
        keyboard.sendKeys(USER).sendKeys(Keys.TAB).perform();
        assertEquals("login:password", focused(browser).getAttribute("id"), "Tab goes on to the password");
        keyboard.sendKeys(jp.kojo.it.TestServer.DEMO_PASSWORD).sendKeys(Keys.ENTER).perform();
        browser.waitUntilPath(MENU);
        assertEquals(USER, browser.text("caller"));
        browser.wait(Duration.ofSeconds(5)).until(d -> browser.find("menu-forms").isDisplayed());
        // 財形 only: the deduction services are not on this organisation's menu.
        assertTrue(browser.driver().findElements(org.openqa.selenium.By.id("menu-deduction-list")).isEmpty());
        browser.screenshots("menu");
        browser.logOut();
    }

    private static WebElement focused(KojoBrowser browser) {
        return browser.driver().switchTo().activeElement();
    }
}
