package jp.kojo.batch.inbox;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import jp.kojo.batch.requestload.KanaNames;
import jp.kojo.deduction.entity.CycleKind;

/**
 * The field rules the host's savings files share (財形 statements, 一斉積立 breakdowns), for one record: each check
 * answers the value, or null and reports the problem with the field it concerns. A file's own checks extend it
 * with their fields and the rules only that file has.
 *
 * @param <F> the file's field names
 */
public abstract class HostRecordChecks<F> {
    private final int line;
    private final F yearMonthField;
    private final F runKindField;
    private final F employeeNumberField;
    private final F nameKanaField;

    protected HostRecordChecks(int line, F yearMonthField, F runKindField, F employeeNumberField, F nameKanaField) {
        this.line = line;
        this.yearMonthField = yearMonthField;
        this.runKindField = runKindField;
        this.employeeNumberField = employeeNumberField;
        this.nameKanaField = nameKanaField;
    }

    /** Records one problem of the record at {@code line}. */
    protected abstract void report(int line, F field, String ja, String en);

    public void add(F field, String ja, String en) {
        report(line, field, ja, en);
    }

    private static boolean allDigits(String v) {
        return v.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    public String digits(F field, String v, int length) {
        if (v.isEmpty()) {
            add(field, "必須項目です", "required");
            return null;
        }
        if (!allDigits(v)) {
            add(field, "数字以外の文字があります", "not a number");
            return null;
        }
        if (v.length() != length) {
            add(field, length + " 桁で指定してください", "must be " + length + " digits");
            return null;
        }
        return v;
    }

    public Long number(F field, String v) {
        if (v.isEmpty()) {
            add(field, "必須項目です", "required");
            return null;
        }
        if (!allDigits(v)) {
            add(field, "数字以外の文字があります", "not a number");
            return null;
        }
        String significant = v.replaceFirst("^0+(?=.)", "");
        if (significant.length() > 18) {
            add(field, "桁数が多すぎます", "too many digits");
            return null;
        }
        return Long.parseLong(significant);
    }

    public YearMonth yearMonth(String v) {
        if (digits(yearMonthField, v, 6) == null) {
            return null;
        }
        int year = Integer.parseInt(v.substring(0, 4));
        int month = Integer.parseInt(v.substring(4));
        if (month < 1 || month > 12 || year < 1900) {
            add(yearMonthField, "年月 (YYYYMM) として正しくありません", "not a valid year-month (YYYYMM)");
            return null;
        }
        return YearMonth.of(year, month);
    }

    public LocalDate date(F field, String v) {
        if (digits(field, v, 8) == null) {
            return null;
        }
        try {
            int year = Integer.parseInt(v.substring(0, 4));
            if (year < 1900) {
                throw new DateTimeException("year");
            }
            return LocalDate.of(year, Integer.parseInt(v.substring(4, 6)), Integer.parseInt(v.substring(6)));
        } catch (DateTimeException e) {
            add(field, "日付 (YYYYMMDD) として正しくありません", "not a valid date (YYYYMMDD)");
            return null;
        }
    }

    public CycleKind runKind(String v) {
        return switch (v) {
            case "1" -> CycleKind.MONTHLY;
            case "2" -> CycleKind.BONUS;
            default -> {
                add(runKindField, "1（月例）または 2（賞与）を指定してください", "must be 1 (monthly) or 2 (bonus)");
                yield null;
            }
        };
    }

    public String employeeNumber(String v) {
        String t = v.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (t.length() > 10 || !t.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
            add(employeeNumberField, "10 桁以内の英数字で指定してください", "must be up to 10 digits or capital letters");
            return null;
        }
        return t;
    }

    /** Half-width kana only in the fixed variant, either width in CSV; answers the full-width form. */
    public String name(String v, boolean halfWidthOnly) {
        String t = KanaNames.trim(v);
        if (t.isEmpty()) {
            add(nameKanaField, "必須項目です", "required");
            return null;
        }
        if (halfWidthOnly ? !KanaNames.isHalfWidthName(t) : !KanaNames.isKanaName(t)) {
            add(nameKanaField, halfWidthOnly ? "半角カナ以外の文字があります" : "カナ以外の文字があります",
                    halfWidthOnly ? "characters other than half-width kana" : "characters other than kana");
            return null;
        }
        String full = KanaNames.toFullWidth(t);
        if (full.length() > KanaNames.MAX_LENGTH) {
            add(nameKanaField, KanaNames.MAX_LENGTH + " 文字を超えています",
                    "longer than " + KanaNames.MAX_LENGTH + " characters");
            return null;
        }
        return full;
    }
}
