package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kojo.batch.requestload.RequestFileFixtures;
import jp.kojo.batch.requestload.RequestFileFixtures.FixtureLine;
import jp.kojo.deduction.entity.CycleKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What operators and the load balancer see: readiness on the public port without a client certificate, and
 * Kojo's counters as Prometheus text on the management interface (not on the public port).
 */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void readinessAnswersUpWithoutACertificateAndWithTheSecurityHeaders() throws Exception {
        HttpResponse<byte[]> response = new KojoBrowserlessClient(null).get("/health/ready");
        assertEquals(200, response.statusCode());
        assertEquals("{\"status\":\"UP\"}", new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(null));
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null));
        assertTrue(response.headers().firstValue("Strict-Transport-Security").isPresent());
    }

    @Test
    void wildflysOwnReadinessOnTheManagementInterfaceIsUp() throws Exception {
        HttpResponse<String> response = management("/health/ready");
        assertEquals(200, response.statusCode());
        // WildFly's own checks; it answers 503 when one of them is down.
        assertTrue(response.body().contains("\"kojo.ear\" : \"OK\""), response.body());
        assertFalse(response.body().contains("\"outcome\" : false"), response.body());
    }

    @Test
    void countersGoUpByExactlyOneLoginOneFailedLoginAndOneCsvExport() throws Exception {
        String before = management("/prometheus").body();
        KojoBrowserlessClient union = new KojoBrowserlessClient("union01").loggedInAs("union01");
        assertEquals(200, union.get("/deduction/export?cycle=" + TestServer.demoCycleId() + "&format=csv").statusCode());
        String user = TestAccounts.user("mt", TestAccounts.organization(), "MASTER", TestServer.DEMO_PASSWORD, false);
        assertEquals(200, new KojoBrowserlessClient(user).login(user, "wrong-password").statusCode());
        String after = management("/prometheus").body();

        assertEquals(1, counter(after, "kojo_logins_total", "") - counter(before, "kojo_logins_total", ""), after);
        assertEquals(1, counter(after, "kojo_login_failures_total", "") - counter(before, "kojo_login_failures_total", ""));
        assertEquals(1, counter(after, "kojo_exports_total", "format=\"csv\"")
                - counter(before, "kojo_exports_total", "format=\"csv\""));
        assertEquals(0, counter(after, "kojo_exports_total", "format=\"pdf\"")
                - counter(before, "kojo_exports_total", "format=\"pdf\""));
    }

    @Test
    void linesLoadedGoUpByTheLinesOfALoadedRequestFile() throws Exception {
        KojoBrowserlessClient admin = new KojoBrowserlessClient("batch01").loggedInAs("batch01");
        // A bonus cycle of a month no other test uses.
        YearMonth month = YearMonth.of(2040 + ThreadLocalRandom.current().nextInt(50), 1 + ThreadLocalRandom.current().nextInt(12));
        String fileName = String.format("requests-%04d%02d.dat", month.getYear(), month.getMonthValue());
        List<FixtureLine> lines = RequestFileFixtures.lines(40, "1000000001", "2000000002");
        RequestFileFixtures.writeFixed(TestServer.home().resolve("interchange/inbox").resolve(fileName), month,
                CycleKind.BONUS, month.atEndOfMonth(), lines);
        String before = management("/prometheus").body();
        String view = BatchApi.awaitEnd(admin, BatchApi.start(admin, "deduction-request-load",
                "{\"fileName\":\"" + fileName + "\",\"format\":\"FIXED\"}"));
        assertTrue(view.contains("\"batchStatus\":\"COMPLETED\""), view);
        String after = management("/prometheus").body();
        assertEquals(40, counter(after, "kojo_request_lines_loaded_total", "")
                - counter(before, "kojo_request_lines_loaded_total", ""), after);
    }

    @Test
    void serverMetricsAreOnTheManagementInterfaceAndNotOnThePublicPort() throws Exception {
        HttpResponse<String> server = management("/metrics");
        assertEquals(200, server.statusCode());
        assertTrue(server.body().contains("base_memory_usedHeap_bytes"), "the heap is there for operators");
        String publicBase = TestServer.httpsBase().replace("/kojo", "");
        assertEquals(404, new KojoBrowserlessClient(null).get(publicBase + "/prometheus").statusCode());
        assertEquals(404, new KojoBrowserlessClient(null).get(publicBase + "/metrics").statusCode());
    }

    private static HttpResponse<String> management(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + System.getProperty("it.management.port", "10090") + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A counter's value in Prometheus text, over its series whose labels hold {@code label} (0 when none yet). */
    static double counter(String prometheus, String name, String label) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(prometheus);
        double sum = 0;
        while (line.find()) {
            if (line.group(1) == null ? label.isEmpty() : line.group(1).contains(label)) {
                sum += Double.parseDouble(line.group(2));
            }
        }
        return sum;
    }
}
