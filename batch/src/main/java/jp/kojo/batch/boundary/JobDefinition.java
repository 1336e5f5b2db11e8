package jp.kojo.batch.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * A job the batch administrator can start, as the screen lists it: the job XML's name, the message key of its
 * label and the parameters it asks for. A new job is one more entry in {@link #ALL} (plus its label in the
 * message bundles).
 */
public record JobDefinition(String jobName, String labelKey, Parameters parameters) implements Serializable {

    /** What the start form asks for. */
    public enum Parameters {
        /** A file chosen from the inbox, its format (FIXED or CSV) and, for CSV, its encoding. */
        INBOX_FILE,
        /** A year-month and a cycle kind, or neither. */
        YEAR_MONTH_KIND,
        /** How many months to keep (default the server's setting) or a year-month before which to purge. */
        RETENTION,
        /** Nothing. */
        NONE
    }

    public static final List<JobDefinition> ALL = List.of(
            new JobDefinition("deduction-request-load", "batch.job.deduction-request-load", Parameters.INBOX_FILE),
            new JobDefinition("deduction-results-out", "batch.job.deduction-results-out", Parameters.YEAR_MONTH_KIND),
            new JobDefinition("zaikei-statement-load", "batch.job.zaikei-statement-load", Parameters.INBOX_FILE),
            new JobDefinition("zaikei-deposit-out", "batch.job.zaikei-deposit-out", Parameters.NONE),
            new JobDefinition("collective-savings-load", "batch.job.collective-savings-load", Parameters.INBOX_FILE),
            new JobDefinition("request-list-pdfs", "batch.job.request-list-pdfs", Parameters.YEAR_MONTH_KIND),
            new JobDefinition("retention-purge", "batch.job.retention-purge", Parameters.RETENTION));

    public static Optional<JobDefinition> named(String jobName) {
        return ALL.stream().filter(d -> d.jobName().equals(jobName)).findFirst();
    }

    /** The label key of a job, or null for a job not in the list. */
    public static String labelKeyOf(String jobName) {
        return named(jobName).map(JobDefinition::labelKey).orElse(null);
    }
}
