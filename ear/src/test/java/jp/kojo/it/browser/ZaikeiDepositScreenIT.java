package jp.kojo.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import jp.kojo.deduction.entity.CycleKind;
import jp.kojo.it.TestServer;
import jp.kojo.it.ZaikeiFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * 預入明細書 in Chromium: the employer's general user enters a stop, an amount change, a resume and a new
 * enrolment, a rule refuses a bad change with its message, and the master approves and sends.
 */
class ZaikeiDepositScreenIT extends KojoBrowserIT {
    static final String DEPOSIT = "/zaikei/deposit.xhtml";

    /** Clicks a button of a full-page post and waits for the new page. */
    private static void post(KojoBrowser browser, String id) {
        WebElement button = browser.find(id);
        button.click();
        browser.wait(Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(button));
        browser.awaitReady();
    }

    private static void change(KojoBrowser b, String kind, String contract, String monthly) {
        new Select(b.find("deposit:changeKind")).selectByValue(kind);
        if (contract != null) {
            new Select(b.find("deposit:contract")).selectByValue(contract);
        }
        if (monthly != null) {
            b.find("deposit:monthly").clear();
            b.find("deposit:monthly").sendKeys(monthly);
        }
        post(b, "deposit:add");
    }

    @Test
    void theEmployerBuildsAndSendsADepositStatementWithEachKindOfChange() throws Exception {
        ZaikeiFixture employer = ZaikeiFixture.employer();
        employer.load(YearMonth.of(2031, 10), CycleKind.MONTHLY, LocalDate.of(2031, 10, 24), employer.lines(6));

        KojoBrowser general = loggedIn(employer.general);
        general.find("menu-zaikei-deposit").click();
        general.waitUntilPath(DEPOSIT);
        assertEquals("2031年11月25日", general.text("deposit-date"));
        // 4 business days before: November 24 is the substitute holiday for Sunday the 23rd.
        assertEquals("2031年11月18日", general.text("send-by"));

        change(general, "STOP", employer.savingsContract("0008000001", "GENERAL"), null);
        change(general, "AMOUNT_CHANGE", employer.savingsContract("0008000002", "GENERAL"), "40000");
        change(general, "RESUME", employer.savingsContract("0008000003", "PENSION"), "5000");
        new Select(general.find("deposit:changeKind")).selectByValue("NEW_ENROLMENT");
        general.find("deposit:personNumber").sendKeys("0008000099");
        general.find("deposit:nameKana").sendKeys("タナカ　イチロウ");
        general.find("deposit:birthDate").sendKeys("19950401");
        new Select(general.find("deposit:savingsKind")).selectByValue("HOUSING");
        general.find("deposit:monthly").sendKeys("10000");
        post(general, "deposit:add");
        assertTrue(general.text("messages").contains("変更を追加しました。"), general.text("messages"));

        change(general, "AMOUNT_CHANGE", employer.savingsContract("0008000004", "GENERAL"), "1500");
        assertTrue(general.text("messages").contains("金額は千円単位で入力してください。"),
                general.text("messages"));
        assertTrue(general.text("deposit:changes").contains("新規申込"));
        assertTrue(general.text("deposit:totals").contains("住宅"));
        general.screenshots("zaikei-deposit-01-changes");
        general.open(DEPOSIT);
        general.assertAccessible();

        KojoBrowser master = loggedIn(employer.master);
        master.open(DEPOSIT);
        post(master, "deposit:approve");
        assertTrue(master.text("messages").contains("承認しました。"), master.text("messages"));
        post(master, "deposit:send");
        assertTrue(master.text("messages").contains("預入明細書を送信しました。"), master.text("messages"));
        assertEquals("送信済", master.text("status"));
        assertTrue(master.driver().findElements(org.openqa.selenium.By.id("deposit:add")).isEmpty(), "frozen");
        assertEquals(4, TestServer.queryLong("SELECT COUNT(*) FROM zaikei_deposit_change WHERE deposit_id = ?",
                employer.depositId()));
        master.screenshots("zaikei-deposit-02-sent");
    }
}
