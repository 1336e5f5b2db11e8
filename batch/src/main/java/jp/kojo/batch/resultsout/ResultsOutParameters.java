package jp.kojo.batch.resultsout;

import jakarta.batch.runtime.context.JobContext;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Properties;
import jp.kojo.deduction.entity.CycleKind;

/**
 * The job parameters of {@code deduction-results-out}, checked: a cycle's year-month ({@code YYYYMM} or
 * {@code YYYY-MM}) and kind ({@code MONTHLY}/{@code BONUS}, or the file codes {@code 1}/{@code 2}) to export
 * that cycle only; both empty for every sent cycle not exported yet.
 */
public record ResultsOutParameters(YearMonth yearMonth, CycleKind kind) {
    public static final String JOB_NAME = "deduction-results-out";

    /** A parameter that is not acceptable; {@link #parameter()} says which. */
    public static final class InvalidParameterException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public enum Parameter { YEAR_MONTH, KIND }

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

    public static ResultsOutParameters of(String yearMonth, String kind) {
        boolean noMonth = yearMonth == null || yearMonth.isBlank();
        boolean noKind = kind == null || kind.isBlank();
        if (noMonth && noKind) {
            return new ResultsOutParameters(null, null);
        }
        if (noMonth) {
            throw new InvalidParameterException(InvalidParameterException.Parameter.YEAR_MONTH, yearMonth,
                    "year-month (YYYYMM) required with a kind");
        }
        YearMonth month;
        String m = yearMonth.trim();
        try {
            month = m.matches("\\d{6}") ? YearMonth.of(Integer.parseInt(m.substring(0, 4)),
                    Integer.parseInt(m.substring(4))) : YearMonth.parse(m);
        } catch (DateTimeException e) {
            throw new InvalidParameterException(InvalidParameterException.Parameter.YEAR_MONTH, yearMonth,
                    "year-month must be YYYYMM");
        }
        CycleKind k = switch (noKind ? "" : kind.trim().toUpperCase(Locale.ROOT)) {
            case "MONTHLY", "1" -> CycleKind.MONTHLY;
            case "BONUS", "2" -> CycleKind.BONUS;
            default -> throw new InvalidParameterException(InvalidParameterException.Parameter.KIND, kind,
                    "kind must be MONTHLY or BONUS");
        };
        return new ResultsOutParameters(month, k);
    }

    /** The job-level properties of the running job (declared once in the job XML). */
    public static ResultsOutParameters of(JobContext job) {
        Properties p = job.getProperties();
        return of(p.getProperty("yearMonth"), p.getProperty("kind"));
    }

    public boolean all() {
        return yearMonth == null;
    }

    /** As job parameters: {@code yearMonth} {@code YYYY-MM} and {@code kind}, or none. */
    public Properties toProperties() {
        Properties p = new Properties();
        if (!all()) {
            p.setProperty("yearMonth", yearMonth.toString());
            p.setProperty("kind", kind.name());
        }
        return p;
    }
}
