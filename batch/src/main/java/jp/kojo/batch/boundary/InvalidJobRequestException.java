package jp.kojo.batch.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A job request the administrator can correct (bad file name, format, encoding, unknown execution). The inbox's
 * refusals ({@code InboundFileRefused}) keep their reason's name here. The
 * {@link Reason} and the {@link #subject()} (file name, execution id, time, ...) let the web layer say it in the
 * user's language; the message is for logs and the batch API.
 */
@ApplicationException(rollback = true)
public class InvalidJobRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        INVALID_FILE_NAME("invalid file name (a plain name inside the inbox)"),
        NO_SUCH_FILE("no such file in the inbox"),
        SYMBOLIC_LINK("a symbolic link is not read"),
        OUTSIDE_INBOX("the file's real path is outside the inbox"),
        NOT_A_REGULAR_FILE("not a regular file"),
        FILE_TOO_LARGE("the file is larger than the limit"),
        LINE_TOO_LONG("a line is longer than the limit"),
        TOO_MANY_FIELDS("a line has more fields than the limit"),
        NO_SUCH_JOB("no such job"),
        INVALID_RETENTION("months must be a whole number of at least 13, before a year-month YYYY-MM outside the retention period"),
        INVALID_FORMAT("format must be FIXED or CSV"),
        INVALID_ENCODING("encoding must be UTF-8 or windows-31j"),
        INVALID_YEAR_MONTH("year-month must be YYYYMM, and given with a kind"),
        INVALID_KIND("kind must be MONTHLY or BONUS"),
        NO_SUCH_EXECUTION("no such execution"),
        CANNOT_RESTART("execution cannot be restarted"),
        NOT_RUNNING("execution is not running"),
        CANNOT_ABANDON("execution is running and cannot be abandoned"),
        NOT_CRASHED("execution is not one that a crash left running (it runs in this server or has ended)"),
        INVALID_TIME("the time to start must be a date-time yyyy-MM-ddTHH:mm (Asia/Tokyo)"),
        NOT_IN_FUTURE("the time to start must be in the future (Asia/Tokyo)"),
        REASON_REQUIRED("a reason is required"),
        NOT_SCHEDULED("no scheduled start waiting to start (unknown, already started or cancelled)");

        private final String description;

        Reason(String description) {
            this.description = description;
        }
    }

    private final Reason reason;
    private final String subject;

    public InvalidJobRequestException(Reason reason, Object subject, Throwable cause) {
        super(reason.description + ": " + subject, cause);
        this.reason = reason;
        this.subject = String.valueOf(subject);
    }

    public Reason reason() {
        return reason;
    }

    /** What the request named: the file name, format, encoding or execution id. */
    public String subject() {
        return subject;
    }
}
