package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A user's node dies under them: through the balancer of {@code ./kojo cluster}, the next requests go to the other
 * node, in the same session, without a login, on the same page with the same list filter (the distributed session
 * and the page's view state). Run with -Pcluster (ear/pom.xml), not in the normal suite.
 */
class SessionFailoverClusterIT {
    private static final Pattern EMPLOYEE_NUMBER = Pattern.compile(">(E\\d{5})<");

    @BeforeAll
    static void startCluster() throws Exception {
        TestCluster.start();
    }

    @AfterAll
    static void stopCluster() throws Exception {
        TestCluster.stop();
    }

    @Test
    void aUserStaysLoggedInOnTheFilteredListWhenTheirNodeIsKilled() throws Exception {
        Map<String, Long> before = TestCluster.connectionsByNode();
        KojoBrowserlessClient union = new KojoBrowserlessClient("union01").loggedInAs("union01");
        List<String> employees = employeeNumbers(text(union.get("/deduction/list.xhtml")));
        assertTrue(employees.size() >= 2, "the demo list shows several employees: " + employees);
        String wanted = employees.get(1);
        String other = employees.get(0);
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put("employeeNumber", wanted);
        String filtered = text(union.submit("/deduction/list.xhtml", "list", filter, "filter"));
        assertEquals(List.of(wanted), employeeNumbers(filtered));
        String served = TestCluster.servedSince(before);
        String session = sessionPart(union.sessionId());

        TestCluster.kill(served);

        Map<String, Long> afterKill = TestCluster.connectionsByNode();
        HttpResponse<byte[]> menu = union.get("/menu.xhtml");
        assertEquals(200, menu.statusCode(), "still logged in, no redirect to the login page");
        assertTrue(text(menu).contains("logout"), "the menu of a logged-in user");
        // The same page posted back as the user's next click: only the filter button, none of the filter's fields,
        // so the list can only be filtered by what the page kept (its view-scoped state in the session).
        Map<String, String> postback = new LinkedHashMap<>();
        postback.put("list", "list");
        postback.put("list:filter", "");
        postback.putAll(KojoBrowserlessClient.formState(filtered));
        HttpResponse<byte[]> again = union.post("/deduction/list.xhtml", postback);
        assertEquals(200, again.statusCode());
        List<String> shown = employeeNumbers(text(again));
        assertEquals(List.of(wanted), shown, "the same filter after the failover");
        assertFalse(shown.contains(other));
        String survivor = TestCluster.servedSince(afterKill);
        assertNotEquals(served, survivor);
        assertEquals(session, sessionPart(union.sessionId()), "the same session on " + survivor);
    }

    private static List<String> employeeNumbers(String html) {
        Matcher matcher = EMPLOYEE_NUMBER.matcher(html);
        List<String> numbers = new java.util.ArrayList<>();
        while (matcher.find()) {
            if (!numbers.contains(matcher.group(1))) {
                numbers.add(matcher.group(1));
            }
        }
        return numbers;
    }

    /** The session id without the route WildFly appends after a dot (the node that owns it may change). */
    private static String sessionPart(String sessionId) {
        return sessionId.contains(".") ? sessionId.substring(0, sessionId.indexOf('.')) : sessionId;
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
