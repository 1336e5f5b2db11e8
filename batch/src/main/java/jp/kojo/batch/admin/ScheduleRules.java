package jp.kojo.batch.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import jp.kojo.batch.boundary.InvalidJobRequestException;
import jp.kojo.batch.boundary.InvalidJobRequestException.Reason;
import jp.kojo.batch.boundary.JobDefinition;
import jp.kojo.batch.boundary.JobStartRequest;
import jp.kojo.platform.ClockProducer;

/** The rules of a scheduled start (予約実行): when it may be, how long until then, how its parameters read. */
public final class ScheduleRules {
    /** Longest reason kept (the column's size, as the audit log's). */
    public static final int MAX_REASON = 200;

    private ScheduleRules() {
    }

    /** A date-time as typed ({@code yyyy-MM-ddTHH:mm[:ss]}, Tokyo), refused by INVALID_TIME otherwise. */
    public static LocalDateTime parse(String at) {
        if (at == null || at.isBlank()) {
            throw new InvalidJobRequestException(Reason.INVALID_TIME, "", null);
        }
        try {
            return LocalDateTime.parse(at.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidJobRequestException(Reason.INVALID_TIME, at, e);
        }
    }

    /**
     * How long from now by Kojo's clock until {@code at} (Tokyo): the timer's delay, so that it fires when Kojo's
     * clock (moved or not) says {@code at}. Refused unless strictly in the future; seconds below one are dropped.
     */
    public static Duration delay(LocalDateTime at, Clock clock) {
        if (at == null) {
            throw new InvalidJobRequestException(Reason.INVALID_TIME, "", null);
        }
        Duration delay = Duration.between(clock.instant(), at.atZone(ClockProducer.TOKYO).toInstant());
        if (delay.toMillis() <= 0) {
            throw new InvalidJobRequestException(Reason.NOT_IN_FUTURE, at, null);
        }
        return delay;
    }

    /** The reason stripped, refused when empty (naming {@code subject}: the job or schedule); cut to the column's size. */
    public static String reason(String reason, Object subject) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidJobRequestException(Reason.REASON_REQUIRED, subject, null);
        }
        String stripped = reason.strip();
        return stripped.length() > MAX_REASON ? stripped.substring(0, MAX_REASON) : stripped;
    }

    /** Only the parameters the job asks for (the form sends all its fields): what the timer keeps and the list shows. */
    public static JobStartRequest relevant(JobDefinition.Parameters parameters, JobStartRequest request) {
        return switch (parameters) {
            case INBOX_FILE -> JobStartRequest.file(request.fileName(), request.format(),
                    "CSV".equals(request.format()) ? request.encoding() : null);
            case YEAR_MONTH_KIND -> JobStartRequest.cycle(request.yearMonth(), request.kind());
            case RETENTION -> JobStartRequest.retention(request.months(), request.before());
            case NONE -> new JobStartRequest(null, null, null, null, null, null, null);
        };
    }

    /** The request's given parameters as the list shows them: {@code name=value} by name, space-separated. */
    public static String describe(JobStartRequest request) {
        Map<String, String> given = new TreeMap<>();
        put(given, "before", request.before());
        put(given, "encoding", "CSV".equals(request.format()) ? request.encoding() : null);
        put(given, "fileName", request.fileName());
        put(given, "format", request.format());
        put(given, "kind", request.kind());
        put(given, "months", request.months());
        put(given, "yearMonth", request.yearMonth());
        StringJoiner text = new StringJoiner(" ");
        given.forEach((name, value) -> text.add(name + "=" + value));
        return text.toString();
    }

    private static void put(Map<String, String> given, String name, String value) {
        if (value != null && !value.isBlank()) {
            given.put(name, value.strip());
        }
    }
}
