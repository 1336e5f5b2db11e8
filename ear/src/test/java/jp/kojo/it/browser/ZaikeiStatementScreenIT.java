package jp.kojo.it.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** お積立明細書 in Chromium: the demo employer's user opens it from the menu, filters by kind, sees the totals. */
class ZaikeiStatementScreenIT extends KojoBrowserIT {
    @Test
    void theDemoEmployerSeesItsStatementAndFiltersIt() throws Exception {
        KojoBrowser browser = loggedIn("zaikei01g");
        browser.find("menu-zaikei-statement").click();
        browser.waitUntilPath("/zaikei/statement.xhtml");
        assertTrue(browser.text("statement:totals").contains("合計"), browser.text("statement:totals"));
        browser.screenshots("zaikei-statement-01");
        browser.assertAccessible();

        browser.choose("statement:kind", "住宅");
        browser.clickAndAwait("statement:filter");
        browser.wait(Duration.ofSeconds(30)).until(d -> !d.findElement(By.id("statement:lines")).getText().contains("一般"));
        String lines = browser.text("statement:lines");
        assertTrue(lines.contains("住宅"), lines);
        assertFalse(lines.contains("年金"), lines);
        browser.screenshots("zaikei-statement-02-housing");
    }
}
