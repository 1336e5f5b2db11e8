package jp.kojo.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The idle-timeout warning on a logged-in page. The browser's own time runs fast (Chromium's virtual time), the
 * server's does not: 14 minutes after the page loaded the dialog asks, 続ける keeps the session through a real
 * request, and 15 minutes without it the page goes to the logged-out page.
 */
class SessionWarningScreenIT extends KojoBrowserIT {
    private static final long MINUTE = 60_000;

    @Test
    void aMinuteBeforeTheIdleTimeoutTheUserIsAskedAndMayContinue() throws Exception {
        KojoBrowser browser = loggedIn("bank01");
        assertFalse(dialogOpen(browser));

        advanceBrowserTime(browser, 14 * MINUTE - 5_000);
        assertFalse(dialogOpen(browser), "no warning before 14 minutes");
        advanceBrowserTime(browser, 10_000);
        browser.wait(Duration.ofSeconds(20)).until(d -> dialogOpen(browser));
        String text = browser.text("kojo-session-dialog");
        assertTrue(text.contains("まもなく自動的にログアウトします"), text);
        assertTrue(text.matches("(?s).*あと \\d+ 秒で自動的にログアウトします.*"), text);
        browser.screenshots("session-warning");

        browser.find("kojo-session-continue").click();
        browser.wait(Duration.ofSeconds(20)).until(d -> !dialogOpen(browser));
        assertTrue(browser.path().startsWith(MENU), "still on the page: " + browser.path());

        advanceBrowserTime(browser, 16 * MINUTE);
        browser.waitUntilPath("/public/session-ended.xhtml?reason=idle");
        assertEquals("15分間操作がなかったため、自動的にログアウトしました。もう一度ログインしてください。",
                browser.text("session-ended-text"));
        browser.screenshots("session-ended");
    }

    private static boolean dialogOpen(KojoBrowser browser) {
        return (Boolean) ((JavascriptExecutor) browser.driver())
                .executeScript("var d = document.getElementById('kojo-session-dialog'); return !!(d && d.open);");
    }

    /** Runs the page's timers through {@code millis} of virtual time, then lets time stand until the next call. */
    private static void advanceBrowserTime(KojoBrowser browser, long millis) throws InterruptedException {
        // Time stands while a request is on its way, so the keep-alive call and the next page's load get done.
        browser.driver().executeCdpCommand("Emulation.setVirtualTimePolicy",
                Map.of("policy", "pauseIfNetworkFetchesPending", "budget", millis));
        // The budget is spent in a moment of real time; give the page that moment.
        Thread.sleep(1_000);
    }
}
