package jp.kojo.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import jp.kojo.it.TestServer;
import jp.kojo.platform.ClockProducer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** お知らせ管理 at a real browser: a bank operator publishes a notice, which a visitor then reads on the front page. */
class BankNoticesScreenIT extends KojoBrowserIT {
    private static final String TITLE = "BankNoticesScreenIT 窓口営業時間変更のお知らせ";

    @AfterEach
    void removeTheNotice() throws Exception {
        TestServer.update("DELETE FROM notice WHERE title = ?", TITLE);
    }

    @Test
    void aPublishedNoticeAppearsOnThePublicPage() throws Exception {
        KojoBrowser browser = loggedIn("bank01");
        browser.find("menu-bank-notices").click();
        browser.waitUntilPath("/bank/notices.xhtml");
        browser.assertAccessible();
        browser.find("notice:title").sendKeys(TITLE);
        browser.find("notice:body").sendKeys("12月28日は窓口の営業時間を15:00までとします。\nご不便をおかけします。");
        new Select(browser.find("notice:audience")).selectByValue("PUBLIC");
        // A datetime-local field takes typed digits in the browser's locale order; set it as the form would post it.
        LocalDateTime start = LocalDateTime.now(ClockProducer.TOKYO).minusDays(1);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                browser.find("notice:publishAt"), start.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        browser.find("notice:reason").sendKeys("営業推進部からの掲載依頼");
        browser.find("notice:save").click();
        browser.wait(Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "お知らせ「" + TITLE + "」を登録しました。"));
        browser.awaitReady();
        assertTrue(browser.text("notices").contains(TITLE) && browser.text("notices").contains("掲載中"),
                browser.text("notices"));
        browser.screenshots("bank-notices");

        KojoBrowser visitor = browser(null);
        visitor.open("/");
        assertTrue(visitor.driver().getPageSource().contains(TITLE), "the visitor sees the notice on the front page");
        visitor.driver().findElement(By.linkText(TITLE)).click();
        visitor.awaitReady();
        assertTrue(visitor.driver().getPageSource().contains("12月28日は窓口の営業時間を15:00までとします。"));
    }
}
