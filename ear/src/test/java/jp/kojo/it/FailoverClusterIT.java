package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kojo.batch.requestload.RequestFileFixtures;
import jp.kojo.deduction.entity.CycleKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A node of {@code ./kojo cluster} dies ({@code kill -9}) under a user on a filtered request list and under a request
 * load it is running; the tests look at what follows through the balancer. The user's next requests go to the
 * other node, in the same session, without a login, on the same page with the same filter (distributed session,
 * view state in it). The batch administrator sees the load as crashed on the dead node, marks it failed and
 * restarts it on the other node, which ends with exactly the file's lines. Run with -Pcluster (ear/pom.xml).
 */
class FailoverClusterIT {
    private static final Pattern EMPLOYEE_NUMBER = Pattern.compile(">(E\\d{5})<");
    private static final int LINES = 6_000;
    private static final YearMonth MONTH = YearMonth.of(2035, 3);

    private static KojoBrowserlessClient union;
    private static String wanted;
    private static String other;
    private static String filteredPage;
    private static String cycle;
    private static String session;
    private static KojoBrowserlessClient admin;
    private static long load;
    private static String killed;

    @BeforeAll
    static void killTheNodeOfAUserAndALoad() throws Exception {
        TestCluster.start();
        Map<String, Long> before = TestCluster.connectionsByNode();

        union = new KojoBrowserlessClient("union01").loggedInAs("union01");
        String firstPage = text(union.get("/deduction/list.xhtml"));
        List<String> employees = employeeNumbers(firstPage);
        assertTrue(employees.size() >= 2, "the demo list shows several employees: " + employees);
        wanted = employees.get(1);
        other = employees.get(0);
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put("employeeNumber", wanted);
        // As a browser sends the form: the cycle chosen (the first, shown when the page opened) with the filter.
        cycle = selectedCycle(firstPage);
        filter.put("cycle_input", cycle);
        filteredPage = text(union.submit("/deduction/list.xhtml", "list", filter, "filter"));
        assertEquals(List.of(wanted), employeeNumbers(filteredPage));
        session = sessionPart(union.sessionId());

        admin = new KojoBrowserlessClient("batch01").loggedInAs("batch01");
        String file = "cluster-" + MONTH + ".dat";
        RequestFileFixtures.writeFixed(TestServer.home().resolve("interchange/inbox").resolve(file), MONTH,
                CycleKind.MONTHLY, MONTH.atDay(25), RequestFileFixtures.lines(LINES, "1000000001", "2000000002"));
        load = BatchApi.start(admin, "deduction-request-load", "{\"fileName\":\"" + file + "\",\"format\":\"FIXED\"}");
        // Killed while running on its node, however fast its steps are: once the file is registered, this test
        // holds the file's row with an uncommitted update (as another session's slow statement would), so the
        // complete step waits on it when it marks the file loaded.
        try (Connection hold = TestServer.database()) {
            hold.setAutoCommit(false);
            KillPoint.awaitThat("the file is registered", () -> TestServer.queryLong(
                    "SELECT COUNT(*) FROM interchange_file WHERE job_execution_id = ? AND status = 'LOADING'", load) == 1);
            try (PreparedStatement ps = hold.prepareStatement(
                    "UPDATE interchange_file SET status = status WHERE job_execution_id = ? AND status = 'LOADING'")) {
                ps.setLong(1, load);
                assertEquals(1, ps.executeUpdate());
            }
            KillPoint.awaitThat("the complete step has started", () -> "STARTED".equals(TestServer.queryString(
                    "SELECT batchstatus FROM step_execution WHERE jobexecutionid = ? AND stepname = 'complete'", load)));
            assertTrue(admin.getText("/api/batch/executions/" + load).contains("\"batchStatus\":\"STARTED\""));

            // The user downloads the filtered list. Its answer also means the filter's request has stored the
            // session in the cluster: a node writes a request's session changes as the request ends, and the
            // session's next request waits for that (a node killed in the instant between the two would take those
            // changes along).
            String csv = new String(union.get(downloadLink(filteredPage)).body(), java.nio.charset.Charset.forName("MS932"));
            assertTrue(csv.contains(wanted) && !csv.contains(other), csv);

            killed = TestCluster.servedSince(before);
            TestCluster.kill(killed);
            hold.rollback();
        }
    }

    @AfterAll
    static void stopCluster() throws Exception {
        TestCluster.stop();
    }

    @Test
    void theUserStaysLoggedInOnTheFilteredListOnTheOtherNode() throws Exception {
        Map<String, Long> afterKill = TestCluster.connectionsByNode();
        HttpResponse<byte[]> menu = union.get("/menu.xhtml");
        assertEquals(200, menu.statusCode(), "still logged in, no redirect to the login page");
        assertTrue(text(menu).contains("logout"), "the menu of a logged-in user");
        // The same page posted back as the user's next click: the filter button and the cycle, none of the filter's
        // fields, so the list can only be filtered by what the page kept (its view-scoped state in the session).
        Map<String, String> postback = new LinkedHashMap<>();
        postback.put("list", "list");
        postback.put("list:cycle_input", cycle);
        postback.put("list:filter", "");
        postback.putAll(KojoBrowserlessClient.formState(filteredPage));
        HttpResponse<byte[]> again = union.post("/deduction/list.xhtml", postback);
        assertEquals(200, again.statusCode());
        List<String> shown = employeeNumbers(text(again));
        assertEquals(List.of(wanted), shown, "the same filter after the failover");
        assertFalse(shown.contains(other));
        String survivor = TestCluster.servedSince(afterKill, killed);
        assertEquals(session, sessionPart(union.sessionId()), "the same session on " + survivor);
    }

    @Test
    void theLoadOfTheDeadNodeIsShownCrashedAndRestartedOnTheOtherWithExactlyTheFilesLines() throws Exception {
        String view = admin.getText("/api/batch/executions/" + load);
        assertTrue(view.contains("\"node\":\"" + killed + "\""), view);
        // The dead node's heartbeat stops; once it is older than ExecutionRunner.SILENCE the load is crashed.
        for (int i = 0; i < 600 && !view.contains("\"crashed\":true"); i++) {
            Thread.sleep(500);
            view = admin.getText("/api/batch/executions/" + load);
        }
        assertTrue(view.contains("\"batchStatus\":\"STARTED\"") && view.contains("\"crashed\":true"), view);
        HttpResponse<String> marked = admin.postJson("/api/batch/executions/" + load + "/mark-failed", "{}");
        assertEquals(204, marked.statusCode(), marked.body());

        long restarted = BatchApi.restart(admin, load);
        String done = BatchApi.awaitEnd(admin, restarted);
        assertTrue(done.contains("\"batchStatus\":\"COMPLETED\""), done);
        assertFalse(done.contains("\"node\":\"" + killed + "\""), "restarted on the other node: " + done);
        assertEquals(LINES, BatchFixture.linesOfCycle(MONTH));
        assertEquals(LINES, TestServer.queryLong("SELECT COUNT(DISTINCT l.source_record) FROM deduction_line l "
                + "JOIN deduction_cycle c ON c.id = l.cycle_id WHERE c.year_month = ?", MONTH.toString()));
    }

    private static final Pattern SELECTED_CYCLE = Pattern.compile(
            "name=\"list:cycle_input\"[^>]*>(?:<option[^>]*>[^<]*</option>)*?<option value=\"(\\d+)\" selected");

    private static final Pattern CSV_LINK = Pattern.compile("href=\"/kojo(/deduction/export\\?[^\"]*format=csv[^\"]*)\"");

    /** The list's CSV download as the page links it (the filter in its query). */
    private static String downloadLink(String html) {
        Matcher link = CSV_LINK.matcher(html);
        assertTrue(link.find(), "the list links its CSV");
        return link.group(1).replace("&amp;", "&");
    }

    private static String selectedCycle(String html) {
        Matcher selected = SELECTED_CYCLE.matcher(html);
        assertTrue(selected.find(), "a cycle is chosen on the list");
        return selected.group(1);
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
