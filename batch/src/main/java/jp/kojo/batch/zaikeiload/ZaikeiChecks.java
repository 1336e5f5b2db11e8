package jp.kojo.batch.zaikeiload;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.kojo.batch.requestload.KanaNames;
import jp.kojo.deduction.entity.CycleKind;
import jp.kojo.zaikei.entity.ZaikeiKind;

/** Field rules of the savings statement file, both variants; collects one record's problems. Null = invalid. */
final class ZaikeiChecks {
    static final long MAX_AMOUNT = 9_999_999L;

    private final int line;
    private final List<ZaikeiProblem> problems = new ArrayList<>();

    ZaikeiChecks(int line) {
        this.line = line;
    }

    List<ZaikeiProblem> problems() {
        return problems;
    }

    boolean ok() {
        return problems.isEmpty();
    }

    void add(ZaikeiField field, String ja, String en) {
        problems.add(new ZaikeiProblem(line, field, ja, en));
    }

    private static boolean allDigits(String v) {
        return v.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    String digits(ZaikeiField field, String v, int length) {
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

    Long number(ZaikeiField field, String v) {
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

    /** A contribution amount: 0 (none in this run) up to 9,999,999 yen. */
    Long amount(ZaikeiField field, String v) {
        Long amount = number(field, v);
        if (amount != null && amount > MAX_AMOUNT) {
            add(field, "9,999,999 円を超えています", "over 9,999,999 yen");
            return null;
        }
        return amount;
    }

    /** Blank when not given; otherwise a number. Never null on success: {@code -1} means not given. */
    Long optionalNumber(ZaikeiField field, String v) {
        return v.isBlank() ? Long.valueOf(-1) : number(field, v);
    }

    YearMonth yearMonth(String v) {
        if (digits(ZaikeiField.YEAR_MONTH, v, 6) == null) {
            return null;
        }
        int year = Integer.parseInt(v.substring(0, 4));
        int month = Integer.parseInt(v.substring(4));
        if (month < 1 || month > 12 || year < 1900) {
            add(ZaikeiField.YEAR_MONTH, "年月 (YYYYMM) として正しくありません", "not a valid year-month (YYYYMM)");
            return null;
        }
        return YearMonth.of(year, month);
    }

    LocalDate date(ZaikeiField field, String v) {
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

    /** Blank or all zeros when there is none. */
    boolean isAbsentDate(String v) {
        return v.isBlank() || v.equals("00000000");
    }

    CycleKind runKind(String v) {
        return switch (v) {
            case "1" -> CycleKind.MONTHLY;
            case "2" -> CycleKind.BONUS;
            default -> {
                add(ZaikeiField.RUN_KIND, "1（月例）または 2（賞与）を指定してください", "must be 1 (monthly) or 2 (bonus)");
                yield null;
            }
        };
    }

    ZaikeiKind kind(String v) {
        return ZaikeiKind.ofCode(v).orElseGet(() -> {
            add(ZaikeiField.SAVINGS_KIND, "1（一般）、2（住宅）、3（年金）のいずれかを指定してください",
                    "must be 1 (general), 2 (housing) or 3 (pension)");
            return null;
        });
    }

    /** {@code 1} 積立中 (saving), {@code 2} 中止中 (stopped); answers whether stopped. */
    Boolean stopped(String v) {
        return switch (v) {
            case "1" -> Boolean.FALSE;
            case "2" -> Boolean.TRUE;
            default -> {
                add(ZaikeiField.STATUS, "1（積立中）または 2（中止中）を指定してください", "must be 1 (saving) or 2 (stopped)");
                yield null;
            }
        };
    }

    String employeeNumber(String v) {
        String t = v.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (t.length() > 10 || !t.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
            add(ZaikeiField.EMPLOYEE_NUMBER, "10 桁以内の英数字で指定してください",
                    "must be up to 10 digits or capital letters");
            return null;
        }
        return t;
    }

    /** Half-width kana only in the fixed variant, either width in CSV; answers the full-width form. */
    String name(String v, boolean halfWidthOnly) {
        String t = KanaNames.trim(v);
        if (t.isEmpty()) {
            add(ZaikeiField.NAME_KANA, "必須項目です", "required");
            return null;
        }
        if (halfWidthOnly ? !KanaNames.isHalfWidthName(t) : !KanaNames.isKanaName(t)) {
            add(ZaikeiField.NAME_KANA, halfWidthOnly ? "半角カナ以外の文字があります" : "カナ以外の文字があります",
                    halfWidthOnly ? "characters other than half-width kana" : "characters other than kana");
            return null;
        }
        String full = KanaNames.toFullWidth(t);
        if (full.length() > KanaNames.MAX_LENGTH) {
            add(ZaikeiField.NAME_KANA, KanaNames.MAX_LENGTH + " 文字を超えています",
                    "longer than " + KanaNames.MAX_LENGTH + " characters");
            return null;
        }
        return full;
    }
}
