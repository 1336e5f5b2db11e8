package jp.kojo.batch.requestload;

import jakarta.batch.runtime.context.JobContext;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import jp.kojo.batch.inbox.Inbox;

/**
 * The job parameters of an inbound file load, checked: a plain file name (no path, no traversal; where it
 * resolves is {@link Inbox}'s to check), the format, and the CSV encoding (UTF-8 by default; the fixed variant is always Windows-31J).
 */
public record RequestLoadParameters(String fileName, RequestFormat format, Charset charset) {
    public static final String JOB_NAME = "deduction-request-load";
    public static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    /** A parameter that is not acceptable; {@link #parameter()} says which. */
    public static final class InvalidParameterException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public enum Parameter { FILE_NAME, FORMAT, ENCODING }

        private final Parameter parameter;
        private final String value;

        InvalidParameterException(Parameter parameter, String value, String message) {
            super(message + ": " + value);
            this.parameter = parameter;
            this.value = value;
        }

        public Parameter parameter() {
            return parameter;
        }

        public String value() {
            return value;
        }
    }

    /**
     * The parameters of the running job, declared once as job-level properties in its job XML (the request, savings
     * statement and union-wide savings loads all declare {@code fileName}, {@code format} and {@code encoding}).
     *
     * @throws InvalidParameterException naming the parameter that is wrong
     */
    public static RequestLoadParameters of(JobContext job) {
        Properties p = job.getProperties();
        return of(p.getProperty("fileName"), p.getProperty("format"), p.getProperty("encoding"));
    }

    /** @throws InvalidParameterException naming the parameter that is wrong */
    public static RequestLoadParameters of(String fileName, String format, String encoding) {
        checkFileName(fileName);
        RequestFormat f;
        try {
            f = RequestFormat.valueOf(format == null ? "" : format.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(InvalidParameterException.Parameter.FORMAT, format, "format must be FIXED or CSV");
        }
        Charset charset;
        if (f == RequestFormat.FIXED) {
            charset = WINDOWS_31J;
        } else if (encoding == null || encoding.isBlank() || encoding.trim().equalsIgnoreCase("UTF-8")) {
            charset = StandardCharsets.UTF_8;
        } else if (encoding.trim().equalsIgnoreCase("windows-31j")) {
            charset = WINDOWS_31J;
        } else {
            throw new InvalidParameterException(InvalidParameterException.Parameter.ENCODING, encoding,
                    "encoding must be UTF-8 or windows-31j");
        }
        return new RequestLoadParameters(fileName, f, charset);
    }

    /** A bare file name: no separators, no leading dot, no control characters. */
    public static String checkFileName(String fileName) {
        if (!Inbox.isPlainName(fileName)) {
            throw new InvalidParameterException(InvalidParameterException.Parameter.FILE_NAME, fileName,
                    "invalid file name (a plain name inside the inbox)");
        }
        return fileName;
    }
}
