package jp.kojo.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import jp.kojo.it.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** 団体・契約管理 at a real browser: a bank operator sets up a contract, first with a mistake, then right. */
class BankOrganizationsScreenIT extends KojoBrowserIT {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void aBankOperatorSetsUpAContract() throws Exception {
        String contract = String.format("7%09d", RANDOM.nextInt(1_000_000_000));
        KojoBrowser browser = loggedIn("bank01");
        browser.find("menu-bank-organizations").click();
        browser.waitUntilPath("/bank/organizations.xhtml");
        browser.assertAccessible();
        browser.find("org:contractNumber").sendKeys(contract);
        browser.find("org:name").sendKeys("ひかり電機労働組合");
        browser.find("org:nameKana").sendKeys("ﾋｶﾘﾃﾞﾝｷ");
        new Select(browser.find("org:type")).selectByValue("MEMBER");
        new Select(browser.find("org:branch")).selectByValue("101");
        browser.find("org:svc-LUMP_SUM").click();
        browser.find("org:svc-PAYROLL").click();
        browser.find("org:svc-COLLECTIVE_SAVINGS").click();
        browser.find("org:cutOffLUMP_SUM").sendKeys("3");
        browser.find("org:save").click();
        browser.wait(Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "まとめ入金型と賃金控除型は同時に選べません"));
        browser.awaitReady();
        assertEquals("ひかり電機労働組合", browser.find("org:name").getAttribute("value"), "the typed name stays");
        assertTrue(browser.text("nameKana-error").contains("全角カタカナ"));
        assertTrue(browser.text("reason-error").contains("入力してください"));
        browser.screenshots("bank-organizations-refused");

        browser.find("org:nameKana").clear();
        browser.find("org:nameKana").sendKeys("ヒカリデンキロウドウクミアイ");
        browser.find("org:svc-PAYROLL").click();
        browser.find("org:reason").sendKeys("新規契約 受付番号 契約-2026-0200");
        browser.find("org:save").click();
        browser.wait(Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "団体（契約番号 " + contract + "）を登録しました。"));
        browser.awaitReady();
        browser.find("find:text").sendKeys(contract);
        browser.find("find:search").click();
        browser.wait(Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("find:orgs"),
                "ひかり電機労働組合"));
        browser.awaitReady();
        assertTrue(browser.text("find:orgs").contains("一斉積立"), browser.text("find:orgs"));
        browser.assertAccessible();
        browser.screenshots("bank-organizations");

        long id = TestServer.organizationId(contract);
        assertEquals(3, TestServer.queryLong("SELECT business_days_before FROM organization_cut_off WHERE organization_id = ? "
                + "AND service_kind = 'LUMP_SUM'", id));
        assertEquals("新規契約 受付番号 契約-2026-0200", TestServer.queryString("SELECT reason FROM audit_event "
                + "WHERE action = 'ORGANIZATION_CREATED' AND organization_id = ?", id));
    }
}
