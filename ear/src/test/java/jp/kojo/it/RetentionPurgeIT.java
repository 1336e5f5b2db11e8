package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import jp.kojo.batch.requestload.RequestFileFixtures;
import jp.kojo.deduction.entity.CycleKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The retention purge in the running server: a cycle before the cutoff goes with its lines (more than one batch),
 * their change history, its organisation cycle, reminders and request file; a later cycle stays; running it again
 * finds nothing; a cutoff inside the retention period is refused. The cutoff is an explicit month of the year 2000
 * so that no other test's data is touched.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionPurgeIT {
    private static final String UNION = "1000000001";
    private static final String PAYROLL = "2000000002";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    private static long load(KojoBrowserlessClient admin, YearMonth month, int lines, String... organisations) throws Exception {
        String fileName = "retention-" + month + ".dat";
        RequestFileFixtures.writeFixed(TestServer.home().resolve("interchange/inbox").resolve(fileName), month,
                CycleKind.MONTHLY, month.atDay(25), RequestFileFixtures.lines(lines, organisations));
        String view = BatchApi.awaitEnd(admin, BatchApi.start(admin, "deduction-request-load",
                "{\"fileName\":\"" + fileName + "\",\"format\":\"FIXED\"}"));
        assertTrue(view.contains("\"exitStatus\":\"LOADED\""), view);
        return TestServer.queryLong("SELECT id FROM deduction_cycle WHERE year_month = ? AND kind = 'MONTHLY'", month.toString());
    }

    private static long count(String table, String where, Object... parameters) throws Exception {
        return TestServer.queryLong("SELECT COUNT(*) FROM " + table + " WHERE " + where, parameters);
    }

    @Test
    void cyclesBeforeTheCutoffGoWithEverythingThatRefersToThemAndARerunFindsNothing() throws Exception {
        KojoBrowserlessClient admin = new KojoBrowserlessClient("batch01").loggedInAs("batch01");
        long old = load(admin, YearMonth.of(2000, 1), 2500, UNION, PAYROLL);
        long kept = load(admin, YearMonth.of(2000, 7), 3, UNION);
        long union = TestServer.organizationId(UNION);
        TestServer.update("INSERT INTO organization_cycle (organization_id, cycle_id, payment_date, cut_off_date, status)"
                + " VALUES (?, ?, ?, ?, 'SENT')", union, old, LocalDate.of(2000, 1, 25), LocalDate.of(2000, 1, 21));
        long line = TestServer.queryLong("SELECT MIN(id) FROM deduction_line WHERE cycle_id = ?", old);
        TestServer.update("INSERT INTO deduction_line_change (line_id, changed_by, changed_at, field, before_value, after_value)"
                + " VALUES (?, 'union01', ?, 'result', NULL, 'NOT_DEDUCTED')", line, Timestamp.valueOf("2000-01-20 10:00:00"));
        TestServer.update("INSERT INTO reminder_sent (organization_id, cycle_id, kind, recipients, sent_at)"
                + " VALUES (?, ?, 'CUT_OFF', 1, ?)", union, old, Timestamp.valueOf("2000-01-18 07:30:00"));

        String view = BatchApi.awaitEnd(admin, BatchApi.start(admin, "retention-purge", "{\"before\":\"2000-07\"}"));
        assertTrue(view.contains("\"batchStatus\":\"COMPLETED\"") && view.contains("\"exitStatus\":\"PURGED\""), view);
        assertEquals(0, count("deduction_line", "cycle_id = ?", old));
        assertEquals(0, count("deduction_line_change", "line_id = ?", line));
        assertEquals(0, count("organization_cycle", "cycle_id = ?", old));
        assertEquals(0, count("reminder_sent", "cycle_id = ?", old));
        assertEquals(0, count("interchange_file", "cycle_id = ?", old));
        assertEquals(0, count("deduction_cycle", "id = ?", old));
        assertEquals(3, count("deduction_line", "cycle_id = ?", kept), "a month from the cutoff on stays");
        assertEquals(1, count("interchange_file", "cycle_id = ?", kept));

        String again = BatchApi.awaitEnd(admin, BatchApi.start(admin, "retention-purge", "{\"before\":\"2000-07\"}"));
        assertTrue(again.contains("\"exitStatus\":\"NOTHING_TO_PURGE\""), again);
    }

    @Test
    void aRetentionShorterThan13MonthsOrACutoffInsideItIsRefused() throws Exception {
        KojoBrowserlessClient admin = new KojoBrowserlessClient("batch01").loggedInAs("batch01");
        for (String body : new String[] {"{\"months\":\"12\"}", "{\"months\":\"many\"}", "{\"before\":\"2000-13\"}",
                "{\"before\":\"" + YearMonth.now(ZoneId.of("Asia/Tokyo")).minusMonths(2) + "\"}"}) {
            HttpResponse<String> response = admin.postJson("/api/batch/executions/retention-purge", body);
            assertEquals(400, response.statusCode(), body + ": " + response.body());
            assertTrue(response.body().contains("\"code\":\"INVALID_RETENTION\""), response.body());
        }
        assertEquals(403, new KojoBrowserlessClient("union01").loggedInAs("union01")
                .postJson("/api/batch/executions/retention-purge", "{}").statusCode());
    }
}
