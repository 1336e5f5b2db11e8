package jp.kojo.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import jp.kojo.calendar.control.BusinessCalendar;
import jp.kojo.calendar.control.JapaneseHolidays;
import jp.kojo.it.TestServer;
import jp.kojo.platform.ClockProducer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** カレンダー管理 at a real browser: a bank operator closes a day, then opens it again with a reason of its own. */
class BankCalendarScreenIT extends KojoBrowserIT {
    private static final String REASON = "BankCalendarScreenIT";

    @AfterEach
    void removeWhatTheTestAdded() throws Exception {
        TestServer.update("DELETE FROM extra_closed_day WHERE reason = ?", REASON);
    }

    @Test
    void aClosedDayIsOpenedAgainOnlyWithAReason() throws Exception {
        LocalDate day = new BusinessCalendar(JapaneseHolidays::of)
                .businessDayOnOrAfter(LocalDate.now(ClockProducer.TOKYO).plusDays(61));
        String name = "画面試験休業 " + day.getDayOfMonth();
        KojoBrowser browser = loggedIn("bank01");
        browser.find("menu-bank-calendar").click();
        browser.waitUntilPath("/bank/calendar.xhtml");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                browser.find("closedDay:date"), day.toString());
        browser.find("closedDay:name").sendKeys(name);
        browser.find("closedDay:reason").sendKeys(REASON);
        browser.find("closedDay:add").click();
        browser.wait(Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "臨時休業日を登録しました"));

        row(browser, name).findElement(By.cssSelector("input[id$=':remove']")).click();
        browser.wait(Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "削除・取消の理由を200文字以内で入力してください。"));
        assertEquals(1, TestServer.queryLong("SELECT COUNT(*) FROM extra_closed_day WHERE closed_date = ?", day));
        browser.screenshots("bank-calendar-refused");
        browser.assertAccessible();

        row(browser, name).findElement(By.cssSelector("input[id$=':removalReason']")).sendKeys("本部指示により営業");
        row(browser, name).findElement(By.cssSelector("input[id$=':remove']")).click();
        browser.wait(Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "臨時休業日を削除しました"));
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM extra_closed_day WHERE closed_date = ?", day));
        assertTrue(TestServer.queryLong("SELECT COUNT(*) FROM audit_event WHERE action = 'CLOSED_DAY_REMOVED' "
                + "AND reason = '本部指示により営業' AND actor_login_id = 'bank01' AND details LIKE ?", "%" + name + "%") == 1);
        browser.screenshots("bank-calendar");
    }

    private static WebElement row(KojoBrowser browser, String text) {
        return browser.driver().findElements(By.cssSelector("#closedDays\\:days > tbody > tr")).stream()
                .filter(r -> r.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " is not listed"));
    }
}
