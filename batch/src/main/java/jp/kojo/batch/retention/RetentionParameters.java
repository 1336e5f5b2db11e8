package jp.kojo.batch.retention;

import jakarta.batch.runtime.context.JobContext;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Properties;

/**
 * The job parameters of {@code retention-purge}, checked: keep the current month and the {@code months} before it
 * (default: server property {@value #MONTHS_PROPERTY}, else {@value #DEFAULT_MONTHS}), or keep from an explicit
 * year-month {@code before} ({@code YYYY-MM} or {@code YYYYMM}) on. Data of months before the cutoff is purged.
 */
public record RetentionParameters(Integer months, YearMonth before) {
    public static final String JOB_NAME = "retention-purge";
    public static final String MONTHS_PROPERTY = "kojo.retention.months";
    public static final int DEFAULT_MONTHS = 13;
    /** Fewer would purge what the screens still show (the 13-month chart, the previous cycle). */
    public static final int MIN_MONTHS = 13;

    public static RetentionParameters of(String months, String before) {
        Integer m = null;
        if (months != null && !months.isBlank()) {
            try {
                m = Integer.parseInt(months.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("months must be a whole number: " + months);
            }
            if (m < MIN_MONTHS) {
                throw new IllegalArgumentException("months must be at least " + MIN_MONTHS + ": " + months);
            }
        }
        YearMonth b = null;
        if (before != null && !before.isBlank()) {
            String v = before.trim();
            try {
                b = v.matches("\\d{6}") ? YearMonth.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4)))
                        : YearMonth.parse(v);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("before must be YYYY-MM: " + before);
            }
        }
        return new RetentionParameters(m, b);
    }

    /** The job-level properties of the running job (declared once in the job XML). */
    public static RetentionParameters of(JobContext job) {
        Properties p = job.getProperties();
        return of(p.getProperty("months"), p.getProperty("before"));
    }

    /**
     * The first month kept. An explicit {@code before} may not reach into the months kept by the retention
     * period, so a typing error cannot purge this year's data.
     */
    public YearMonth cutoff(YearMonth current) {
        int keep = months != null ? months : configuredMonths();
        YearMonth byPeriod = current.minusMonths(keep);
        if (before == null) {
            return byPeriod;
        }
        if (before.isAfter(byPeriod)) {
            throw new IllegalArgumentException("before " + before + " is inside the retention period (data from "
                    + byPeriod + " on is kept)");
        }
        return before;
    }

    /** The server property {@value #MONTHS_PROPERTY}, never fewer than {@value #MIN_MONTHS}. */
    public static int configuredMonths() {
        String value = System.getProperty(MONTHS_PROPERTY);
        try {
            int m = value == null ? DEFAULT_MONTHS : Integer.parseInt(value.trim());
            return Math.max(m, MIN_MONTHS);
        } catch (NumberFormatException e) {
            return DEFAULT_MONTHS;
        }
    }
}
