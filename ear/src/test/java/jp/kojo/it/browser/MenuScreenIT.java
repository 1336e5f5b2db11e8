package jp.kojo.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.kojo.it.LumpSumFixture;
import jp.kojo.it.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The menu's dashboard (ダッシュボード): an organisation user sees the open cycles with status and business days
 * left (the same figure as the cycle's own page) and the chart of the last 13 months, whose table holds what the
 * database sums; bank staff see no dashboard. Screenshot: target/screenshots/menu-dashboard*.png.
 */
class MenuScreenIT extends KojoBrowserIT {
    @Test
    void anOrganisationUserSeesOpenCyclesWithDaysLeftAndTheChartOfThirteenMonths() throws Exception {
        LumpSumFixture cycle = LumpSumFixture.create();
        KojoBrowser browser = loggedIn("union01");
        browser.open(MENU);
        WebElement row = browser.find("open-cycles").findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.findElements(By.cssSelector("a[href*='cycle=" + cycle.cycleId + "']")).size() == 1)
                .findFirst().orElseThrow(() -> new AssertionError("the new cycle is not among the open ones"));
        List<WebElement> cells = row.findElements(By.tagName("td"));
        assertEquals("依頼済", cells.get(1).getText());
        String daysLeft = cells.get(4).getText();
        assertTrue(daysLeft.matches("あと \\d+ 営業日"), daysLeft);

        // The chart is drawn (Chart.js sized its canvas) and its table is the database's sums, month by month.
        Long canvasWidth = (Long) browser.driver().executeScript(
                "var c = document.querySelector('[id=\"month-chart\"] canvas'); return c ? c.width : 0;");
        assertTrue(canvasWidth > 0, "chart canvas drawn");
        List<WebElement> months = browser.driver().findElements(By.cssSelector("[id='month-totals'] tbody tr"));
        assertEquals(13, months.size());
        long org = TestServer.organizationId("1000000001");
        for (WebElement month : months) {
            List<WebElement> m = month.findElements(By.tagName("td"));
            String yearMonth = m.get(0).getAttribute("textContent").strip();
            long requested = TestServer.queryLong("SELECT COALESCE(SUM(l.requested_amount), 0) FROM deduction_line l "
                    + "JOIN deduction_cycle c ON c.id = l.cycle_id WHERE l.organization_id = ? AND c.year_month = ?", org, yearMonth);
            assertEquals(String.format("%,d", requested), m.get(1).getAttribute("textContent").strip(), yearMonth);
        }
        assertEquals(java.time.YearMonth.from(LumpSumFixture.serverToday()).toString(), months.get(12).getAttribute("textContent").strip().substring(0, 7),
                "this month last");
        browser.screenshots("menu-dashboard");

        browser.find("open-cycles").findElement(By.cssSelector("a[href*='cycle=" + cycle.cycleId + "']")).click();
        browser.waitUntilPath("/deduction/cycle.xhtml");
        assertEquals(daysLeft.replaceAll("\\D", ""), browser.text("days-left"), "the cycle page counts the same days");
    }

    @Test
    void bankStaffSeeNoDashboard() throws Exception {
        KojoBrowser browser = loggedIn("bank01");
        browser.open(MENU);
        assertFalse(browser.driver().getPageSource().contains("month-chart"));
    }
}
