package jp.kojo.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import jp.kojo.it.TestAccounts;
import jp.kojo.it.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** 電子証明書失効（マスターユーザー） at a real browser: the bank finds a master and revokes on a paper request. */
class BankCertificatesScreenIT extends KojoBrowserIT {

    @Test
    void theBankFindsAMasterAndRevokesItsCertificateWithTheRequestsReference() throws Exception {
        long organization = TestAccounts.organization();
        String contract = TestServer.queryString("SELECT contract_number FROM organization WHERE id = ?", organization);
        String master = TestAccounts.user("sb", organization, "MASTER", "Screen-pass-2026", false);
        KojoBrowser browser = loggedIn("bank01");
        browser.find("menu-bank-certificates").click();
        browser.waitUntilPath("/bank/certificates.xhtml");
        browser.find("contract").sendKeys(contract);
        browser.find("find-submit").click();
        browser.waitUntilPath("contract=" + contract);
        assertTrue(browser.text("masters").contains(master), browser.text("masters"));
        browser.assertAccessible();
        browser.screenshots("certificate-bank-found");

        browser.find("revoke:loginId").sendKeys(master);
        browser.find("revoke:reference").sendKeys("失効-2026-0100");
        browser.find("revoke:reason").sendKeys("PC紛失の届出");
        browser.find("revoke:submit").click();
        browser.wait(Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                master + " の電子証明書を失効させました。"));
        browser.awaitReady();
        assertTrue(browser.text("revocations").contains("失効-2026-0100"));
        browser.screenshots("certificate-bank-revoked");
        assertEquals("失効-2026-0100", TestServer.queryString("SELECT c.revocation_reference FROM client_certificate c "
                + "JOIN user_account u ON u.id = c.user_id WHERE u.login_id = ?", master));
    }
}
