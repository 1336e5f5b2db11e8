package jp.kojo.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import jp.kojo.it.TestAccounts;
import jp.kojo.it.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** 書面受付 at a real browser: the bank finds an organisation for a contract-number enquiry and a master to delete. */
class BankRequestsScreenIT extends KojoBrowserIT {

    @Test
    void aBankOperatorFindsTheOrganisationOfAnEnquiryAndAMaster() throws Exception {
        long organization = TestAccounts.organization();
        String contract = TestServer.queryString("SELECT contract_number FROM organization WHERE id = ?", organization);
        String master = TestAccounts.user("rq", organization, "MASTER", "Request-pass-2026", false);
        KojoBrowser browser = loggedIn("bank01");
        browser.find("menu-bank-requests").click();
        browser.waitUntilPath("/bank/requests.xhtml");
        browser.find("findMaster:contract").sendKeys(contract);
        browser.find("findMaster:find").click();
        browser.wait(Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("findMaster:masters"), master));
        browser.awaitReady();
        browser.find("enquiry:name").sendKeys("試験用団体 " + contract);
        browser.find("enquiry:find").click();
        browser.wait(Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("enquiry:matches"), contract));
        browser.awaitReady();
        assertTrue(browser.text("enquiry:matches").contains("試験用団体"));
        browser.assertAccessible();
        browser.screenshots("bank-requests");
    }
}
