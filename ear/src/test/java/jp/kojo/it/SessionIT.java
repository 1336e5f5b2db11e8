package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kojo.platform.ClockProducer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sessions and the headers around them: the absolute limit of 8 hours (the server's clock moved), the session
 * cookie's attributes, one Content-Security-Policy per response with a fresh script nonce on each Faces page.
 */
@ExtendWith(ArquillianExtension.class)
class SessionIT {
    private static final String PASSWORD = "Session-Test-2026";
    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]+)';");

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @AfterEach
    void releaseClock() throws Exception {
        new ServerClock(management).release();
    }

    @Test
    void aLoginEndsEightHoursLaterHoweverActiveTheUserWas() throws Exception {
        LocalDate day = LumpSumFixture.CALENDAR.nextBusinessDay(LocalDate.now(ClockProducer.TOKYO).plusDays(1));
        ServerClock clock = new ServerClock(management);
        String user = TestAccounts.user("sess", TestAccounts.organization(), "MASTER", PASSWORD, false);
        clock.pin(day.atTime(8, 30).atZone(ClockProducer.TOKYO));
        KojoBrowserlessClient client = TestAccounts.loggedIn(user, PASSWORD);
        assertEquals(200, client.get("/menu.xhtml").statusCode());

        clock.pin(day.atTime(16, 29).atZone(ClockProducer.TOKYO));
        assertEquals(200, client.get("/menu.xhtml").statusCode(), "7 hours 59 minutes after login");

        clock.pin(day.atTime(16, 30).atZone(ClockProducer.TOKYO));
        HttpResponse<byte[]> ended = client.get("/menu.xhtml");
        assertEquals(302, ended.statusCode());
        String location = ended.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/public/session-ended.xhtml?reason=limit"), location);
        String page = client.getText("/public/session-ended.xhtml?reason=limit");
        assertTrue(page.contains("ログインから8時間が経過したため、自動的にログアウトしました。"), page);

        HttpResponse<byte[]> again = client.get("/menu.xhtml");
        assertEquals(302, again.statusCode());
        assertTrue(again.headers().firstValue("Location").orElseThrow().endsWith("/public/login.xhtml"),
                "the session is gone: a new login is needed");
    }

    @Test
    void theSessionCookieIsSecureHttpOnlyAndStrictlySameSite() throws Exception {
        HttpResponse<byte[]> page = new KojoBrowserlessClient(null).get("/public/login.xhtml");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + page.headers().map()));
        List<String> attributes = List.of(cookie.toLowerCase().split(";\\s*"));
        assertTrue(attributes.contains("secure"), cookie);
        assertTrue(attributes.contains("httponly"), cookie);
        assertTrue(attributes.contains("samesite=strict"), cookie);
    }

    @Test
    void aFacesPageHasOnePolicyWithAFreshNonceAndEveryOtherResponseTheStrictDefault() throws Exception {
        KojoBrowserlessClient client = new KojoBrowserlessClient(null);
        HttpResponse<byte[]> first = client.get("/public/login.xhtml");
        List<String> policies = first.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), policies.toString());
        String policy = policies.get(0);
        assertTrue(policy.startsWith("default-src 'self';"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        Matcher nonce = NONCE.matcher(policy);
        assertTrue(nonce.find(), policy);
        String html = new String(first.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(html.contains("nonce=\"" + nonce.group(1) + "\""), "PrimeFaces' scripts carry the nonce");

        Matcher second = NONCE.matcher(client.get("/public/login.xhtml").headers()
                .firstValue("Content-Security-Policy").orElseThrow());
        assertTrue(second.find());
        assertTrue(!second.group(1).equals(nonce.group(1)), "a new nonce for every page");

        HttpResponse<byte[]> json = client.get("/api/calendar/2026");
        assertEquals(List.of("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; "
                        + "object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; script-src 'self';"),
                json.headers().allValues("Content-Security-Policy"));
    }
}
