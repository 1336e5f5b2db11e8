package jp.kojo.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kojo.it.KojoBrowserlessClient;
import jp.kojo.it.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;

/**
 * Japanese by default; English on request from any page, kept in a cookie across pages and logout. Dates,
 * amounts and names keep their Japanese form in English.
 */
class LanguageSwitchIT extends KojoBrowserIT {
    private static final String USER = "payroll01";

    @Test
    void theUserSwitchesToEnglishOnTheLoginPageAndTheChoiceOutlivesPagesAndLogout() throws Exception {
        KojoBrowser browser = browser(USER);
        browser.open(LOGIN);
        assertEquals("ja", htmlLang(browser), "Japanese without a choice");
        assertEquals("ログイン", heading(browser));
        assertEquals("English", browser.text("language-switch"));

        // By keyboard: the switch is an ordinary link.
        browser.find("language-switch").sendKeys(Keys.ENTER);
        browser.wait(Duration.ofSeconds(30)).until(d -> "en".equals(htmlLang(browser)));
        browser.awaitReady();
        assertEquals(LOGIN, browser.path(), "back on the same page, without the parameter");
        assertEquals("Log in", heading(browser));
        assertEquals("日本語", browser.text("language-switch"));
        assertTrue(browser.driver().findElement(By.cssSelector("label[for='login:loginId']")).getText().startsWith("Login ID"));
        assertTrue(browser.driver().findElement(By.tagName("footer")).getText().startsWith("Service hours"));
        assertTrue(browser.text("certificate-status").contains("A client certificate was presented"));
        Cookie cookie = browser.driver().manage().getCookieNamed("kojo-lang");
        assertEquals("en", cookie.getValue());
        assertTrue(cookie.isSecure() && cookie.isHttpOnly(), "Secure and HttpOnly");
        assertEquals("Lax", cookie.getSameSite());
        assertTrue(cookie.getExpiry().toInstant().isAfter(Instant.now().plus(Duration.ofDays(360))), "kept a year");
        browser.screenshots("login-en");

        browser.logIn();
        assertEquals("Menu", heading(browser));
        assertTrue(browser.text("menu-deduction-list").contains("Deduction request list"));
        browser.find("menu-deduction-list").click();
        browser.waitUntilPath(DEDUCTION_LIST);
        assertEquals("Deduction request list", heading(browser));
        browser.choose("list:cycle", TestServer.demoCycleLabel(true));
        // Dates, amounts and names stay Japanese in form.
        assertTrue(browser.text("deduction-date").matches("\\d{4}/\\d{2}/\\d{2}"), browser.text("deduction-date"));
        assertTrue(browser.text("requested-total").matches("[\\d,]+ 円"), browser.text("requested-total"));
        String name = browser.driver().findElement(By.cssSelector("#list\\:lines_data > tr > td:nth-child(5)")).getText();
        assertTrue(name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), name);
        browser.screenshots("deduction-list-en");

        browser.logOut();
        assertEquals("en", htmlLang(browser), "the choice survives logout");
        assertEquals("Log in", heading(browser));

        browser.find("language-switch").click();
        browser.wait(Duration.ofSeconds(30)).until(d -> "ja".equals(htmlLang(browser)));
        browser.awaitReady();
        assertEquals("ログイン", heading(browser));
        assertEquals("ja", browser.driver().manage().getCookieNamed("kojo-lang").getValue());
    }

    @Test
    void theSwitchWorksFromAnyPageWithoutAFormAndOnlyRedirectsWithinTheSite() throws Exception {
        KojoBrowserlessClient client = new KojoBrowserlessClient(null);
        HttpResponse<byte[]> response = client.get("/public/login.xhtml?x=1&lang=en");
        assertEquals(303, response.statusCode());
        assertEquals("/kojo/public/login.xhtml?x=1", response.headers().firstValue("Location").orElseThrow());
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(null), "security headers on the redirect too");
        List<String> setCookie = response.headers().allValues("Set-Cookie");
        assertTrue(setCookie.stream().map(c -> c.toLowerCase(java.util.Locale.ROOT)).anyMatch(c -> c.startsWith("kojo-lang=en")
                && c.contains("; secure") && c.contains("; httponly") && c.contains("samesite=lax")
                && c.contains("max-age=31536000")), setCookie.toString());
        assertEquals("en", pageLanguage(client));

        // Whatever the path, the redirect stays on this site and path.
        String location = client.get("/public//evil.example/?lang=ja").headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith("/kojo/"), location);
        // An unknown language changes nothing.
        HttpResponse<byte[]> unknown = client.get("/public/login.xhtml?lang=xx");
        assertEquals(303, unknown.statusCode());
        assertFalse(unknown.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("kojo-lang")));
        assertEquals("ja", pageLanguage(client));
    }

    /** The {@code lang} of the login page's {@code <html>} as this client gets it. */
    private static String pageLanguage(KojoBrowserlessClient client) throws Exception {
        String page = new String(client.get(LOGIN).body(), StandardCharsets.UTF_8);
        Matcher html = Pattern.compile("<html[^>]* lang=\"([a-z]+)\"").matcher(page);
        assertTrue(html.find(), "an <html lang>");
        return html.group(1);
    }

    private static String htmlLang(KojoBrowser browser) {
        return browser.driver().findElement(By.tagName("html")).getAttribute("lang");
    }

    private static String heading(KojoBrowser browser) {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }
}
