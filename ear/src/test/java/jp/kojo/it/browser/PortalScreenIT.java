package jp.kojo.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The public pages in a real browser at a 1280-pixel desktop and at tablet width: nothing runs off the side,
 * every image has an alt text, and the login button is reached by keyboard. Screenshots go to
 * target/screenshots/portal-*.png.
 */
class PortalScreenIT extends KojoBrowserIT {
    private static final List<String> PAGES = List.of("/", "/public/start.xhtml", "/public/environment.xhtml",
            "/public/contact.xhtml", "/public/manual.xhtml?m=common", "/public/manual.xhtml?m=lump-sum",
            "/public/calendar.xhtml");

    @Test
    void publicPagesFitDesktopAndTabletWidthsAndEveryImageHasAnAltText() throws Exception {
        // A person with their certificate installed, so the pages show the state a real user sees.
        KojoBrowser browser = browser("union01");
        for (String page : PAGES) {
            browser.open(page);
            for (var size : List.of(KojoBrowser.DESKTOP, KojoBrowser.TABLET)) {
                browser.resize(size);
                Long overflow = (Long) browser.driver().executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertTrue(overflow <= 0, page + " runs " + overflow + " px off the side at " + size.getWidth() + " px");
            }
            Long withoutAlt = (Long) browser.driver().executeScript(
                    "return document.querySelectorAll('img:not([alt]), img[alt=\"\"]').length;");
            assertEquals(0L, withoutAlt, page + ": images without alt text");
            String name = page.equals("/") ? "front" : page.replaceAll(".*/|\\.xhtml|\\?m=", "").replace("manual", "manual-");
            browser.screenshots("portal-" + name);
        }
    }

    @Test
    void loginButtonIsReachedAndPressedByKeyboard() throws Exception {
        KojoBrowser browser = browser("union01").open("/");
        String focused = "";
        for (int i = 0; i < 12 && !focused.equals("front-login"); i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            focused = (String) browser.driver().executeScript("return document.activeElement.id;");
        }
        assertEquals("front-login", focused, "the login button is among the first stops of the tab order");
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.waitUntilPath(LOGIN);
        assertTrue(browser.text("certificate-status").contains("電子証明書を確認しました"));
    }

    @Test
    void theFrontPageShowsTheNextClosedDaysFromTheCalendar() throws Exception {
        KojoBrowser browser = browser(null).open("/");
        assertTrue(browser.find("next-closed-days").findElements(org.openqa.selenium.By.tagName("li")).size() >= 1);
        browser.find("summary-calendar-link").click();
        browser.waitUntilPath("/public/calendar.xhtml");
        assertTrue(browser.text("calendar-year").endsWith("年"));
        browser.screenshots("calendar");
    }
}
