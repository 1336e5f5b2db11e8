package jp.kojo.it.browser;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import jp.kojo.it.TestAccounts;
import jp.kojo.it.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 電子証明書 at a real browser: a master sees its certificate and that it can be renewed, revokes a general user's
 * certificate on ユーザー管理, then revokes its own and lands on the page that says why it was logged out.
 */
class CertificateScreenIT extends KojoBrowserIT {
    private static final String PASSWORD = "Screen-pass-2026";

    @Test
    void aMasterRevokesAColleaguesCertificateAndThenItsOwn() throws Exception {
        long organization = TestAccounts.organization();
        String master = TestAccounts.user("sm", organization, "MASTER", PASSWORD, false);
        String colleague = TestAccounts.user("sg", organization, "GENERAL", PASSWORD, false);
        KojoBrowser browser = browser(master).open(LOGIN);
        browser.find("login:loginId").sendKeys(master);
        browser.find("login:password").sendKeys(PASSWORD);
        browser.find("login:submit").click();
        browser.waitUntilPath(MENU);

        browser.find("menu-certificate").click();
        browser.waitUntilPath("/account/certificate.xhtml");
        // The fixture's certificate expires in 30 days: renewal is open.
        assertTrue(browser.text("renewal-open").contains("更新できます"), browser.text("renewal-open"));
        assertTrue(browser.find("renew").isDisplayed());
        browser.assertAccessible();
        browser.screenshots("certificate-own");

        browser.open("/account/users.xhtml?user=" + colleague);
        browser.find("edit:reason").sendKeys("異動のため");
        browser.find("edit:revokeCertificate").click();
        browser.wait(Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                colleague + " の電子証明書を失効させました。"));
        browser.awaitReady();
        browser.screenshots("certificate-users-revoked");
        assertNotNull(TestServer.queryString("SELECT c.revoked_at FROM client_certificate c JOIN user_account u "
                + "ON u.id = c.user_id WHERE u.login_id = ?", colleague));

        browser.open("/account/certificate.xhtml");
        browser.find("revoke:reason").sendKeys("PC入替え");
        browser.find("revoke:submit").click();
        browser.waitUntilPath("/public/session-ended.xhtml?reason=revoked");
        assertTrue(browser.text("session-ended-text").contains("電子証明書が失効したため"));
        assertTrue(browser.find("new-certificate").isDisplayed());
        browser.assertAccessible();
        browser.screenshots("certificate-own-revoked");
    }
}
