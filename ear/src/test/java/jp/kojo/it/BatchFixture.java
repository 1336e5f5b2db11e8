package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.kojo.batch.requestload.RequestFileFixtures;
import jp.kojo.batch.requestload.RequestFileFixtures.FixtureLine;
import jp.kojo.deduction.entity.CycleKind;

/** Executions in states a test needs: failed in the middle of the load step, or left STARTED by a crash. */
public final class BatchFixture {
    /** Two chunks of the load step (20,000 each): the first commits, the second holds the refused line. */
    public static final int LINES = 24_000;
    private static final String UNION = "1000000001";
    private static final String PAYROLL = "2000000002";

    private BatchFixture() {
    }

    /**
     * A request load of {@value #LINES} lines that validated and then failed mid-way, because the database refused
     * the line with {@code amount} (as a full disk would): FAILED, with its first chunk committed.
     */
    public static long failedMidLoad(KojoBrowserlessClient admin, YearMonth month, String fileName, int amount)
            throws Exception {
        List<FixtureLine> lines = new ArrayList<>(RequestFileFixtures.lines(LINES, UNION, PAYROLL));
        lines.set(21_999, lines.get(21_999).withAmount(amount));
        RequestFileFixtures.writeFixed(TestServer.home().resolve("interchange/inbox").resolve(fileName), month,
                CycleKind.MONTHLY, month.atDay(25), lines);
        String constraint = "ck_it_refuse_" + amount;
        // The load step's chunks go to the staging table (the complete step moves them into deduction_line).
        TestServer.update("ALTER TABLE request_line_staging ADD CONSTRAINT " + constraint + " CHECK (requested_amount <> " + amount + ")");
        try {
            long failed = BatchApi.start(admin, "deduction-request-load", "{\"fileName\":\"" + fileName + "\",\"format\":\"FIXED\"}");
            String view = BatchApi.awaitEnd(admin, failed);
            assertTrue(view.contains("\"batchStatus\":\"FAILED\""), view);
            return failed;
        } finally {
            TestServer.update("ALTER TABLE request_line_staging DROP CONSTRAINT " + constraint);
        }
    }

    /**
     * Makes JBeret's job repository say what a kill -9 in the middle of the load step leaves behind: the execution
     * and its load step STARTED without an end, created before this server started.
     */
    public static void lookCrashed(long executionId) throws Exception {
        TestServer.update("UPDATE JOB_EXECUTION SET BATCHSTATUS = 'STARTED', EXITSTATUS = NULL, ENDTIME = NULL,"
                + " CREATETIME = ?, STARTTIME = ? WHERE JOBEXECUTIONID = ?",
                Timestamp.valueOf("2020-01-06 09:00:00"), Timestamp.valueOf("2020-01-06 09:00:01"), executionId);
        TestServer.update("UPDATE STEP_EXECUTION SET BATCHSTATUS = 'STARTED', EXITSTATUS = NULL, ENDTIME = NULL"
                + " WHERE JOBEXECUTIONID = ? AND STEPNAME = 'load'", executionId);
    }

    /** Lines of the file the load step has staged (committed chunks) and the complete step not yet moved. */
    public static long stagedLines(String fileName) throws Exception {
        return TestServer.queryLong("SELECT COUNT(*) FROM request_line_staging s JOIN interchange_file f ON f.id = s.file_id"
                + " WHERE f.file_name = ?", fileName);
    }

    public static long linesOfCycle(YearMonth month) throws Exception {
        return TestServer.queryLong("SELECT COUNT(*) FROM deduction_line l JOIN deduction_cycle c ON c.id = l.cycle_id "
                + "WHERE c.year_month = ?", month.toString());
    }
}
