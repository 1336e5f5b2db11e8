package jp.kojo.it;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The batch REST API as the host's scheduler uses it: start a job, restart an execution, wait for its end. */
public final class BatchApi {
    private static final Pattern EXECUTION_ID = Pattern.compile("\"executionId\"\\s*:\\s*(\\d+)");

    private BatchApi() {
    }

    /** Posts {@code json} to {@code /api/batch/executions/<path>}; expects 201 and answers the execution id. */
    public static long start(KojoBrowserlessClient admin, String path, String json) throws Exception {
        HttpResponse<String> response = admin.postJson("/api/batch/executions/" + path, json);
        if (response.statusCode() != 201) {
            throw new AssertionError(path + " answered " + response.statusCode() + ": " + response.body());
        }
        Matcher id = EXECUTION_ID.matcher(response.body());
        if (!id.find()) {
            throw new AssertionError("no execution id in " + response.body());
        }
        return Long.parseLong(id.group(1));
    }

    public static long restart(KojoBrowserlessClient admin, long executionId) throws Exception {
        return start(admin, executionId + "/restart", "{}");
    }

    /** Waits (bounded) until the execution has ended; answers its JSON view. */
    public static String awaitEnd(KojoBrowserlessClient admin, long executionId) throws Exception {
        for (int i = 0; i < 600; i++) {
            String view = admin.getText("/api/batch/executions/" + executionId);
            if (view.matches("(?s).*\"batchStatus\"\\s*:\\s*\"(COMPLETED|FAILED|STOPPED|ABANDONED)\".*")) {
                return view;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("execution " + executionId + " did not end");
    }
}
