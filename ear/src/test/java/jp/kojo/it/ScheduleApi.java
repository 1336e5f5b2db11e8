package jp.kojo.it;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The batch API's scheduled starts: schedule one, read it, wait (bounded) for it to leave SCHEDULED. */
final class ScheduleApi {
    private static final Pattern SCHEDULE_ID = Pattern.compile("\"scheduleId\"\\s*:\\s*(\\d+)");
    private static final Pattern EXECUTION_ID = Pattern.compile("\"executionId\"\\s*:\\s*(\\d+)");

    private ScheduleApi() {
    }

    /** The JSON of a results-out start of {@code yearMonth} (a marker no other test uses) at {@code at}. */
    static String resultsOut(String yearMonth, LocalDateTime at, String reason) {
        return "{\"at\":\"" + at.truncatedTo(ChronoUnit.SECONDS) + "\",\"reason\":\"" + reason + "\",\"yearMonth\":\""
                + yearMonth + "\",\"kind\":\"MONTHLY\"}";
    }

    /** Posts to {@code /api/batch/schedules/<job>}; expects 201 and answers the schedule's id. */
    static long schedule(KojoBrowserlessClient admin, String job, String json) throws Exception {
        HttpResponse<String> response = admin.postJson("/api/batch/schedules/" + job, json);
        if (response.statusCode() != 201) {
            throw new AssertionError(job + " answered " + response.statusCode() + ": " + response.body());
        }
        Matcher id = SCHEDULE_ID.matcher(response.body());
        if (!id.find()) {
            throw new AssertionError("no schedule id in " + response.body());
        }
        return Long.parseLong(id.group(1));
    }

    static String view(KojoBrowserlessClient admin, long scheduleId) throws Exception {
        return admin.getText("/api/batch/schedules/" + scheduleId);
    }

    /** Waits (bounded, polling) until the schedule has started; answers its execution id. */
    static long awaitStarted(KojoBrowserlessClient admin, long scheduleId) throws Exception {
        String[] last = {""};
        KillPoint.awaitThat("schedule " + scheduleId + " started", () -> {
            last[0] = view(admin, scheduleId);
            return last[0].contains("\"status\":\"STARTED\"") && EXECUTION_ID.matcher(last[0]).find();
        });
        Matcher id = EXECUTION_ID.matcher(last[0]);
        id.find();
        return Long.parseLong(id.group(1));
    }

    /**
     * JBeret's executions of a job whose parameters hold {@code name=value} as the job got it (a year-month as
     * {@code 2039-01}), from the job repository that all nodes share (JBeret keeps them as properties text).
     */
    static long executionsWith(String job, String name, String value) throws Exception {
        long count = 0;
        try (Connection c = TestServer.database(); PreparedStatement ps = c.prepareStatement("SELECT e.JOBPARAMETERS"
                + " FROM JOB_EXECUTION e JOIN JOB_INSTANCE i ON i.JOBINSTANCEID = e.JOBINSTANCEID WHERE i.JOBNAME = ?")) {
            ps.setString(1, job);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Properties parameters = new Properties();
                    parameters.load(new StringReader(rs.getString(1) == null ? "" : rs.getString(1)));
                    count += value.equals(parameters.getProperty(name)) ? 1 : 0;
                }
            }
        }
        return count;
    }
}
