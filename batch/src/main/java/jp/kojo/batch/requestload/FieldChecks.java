package jp.kojo.batch.requestload;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.kojo.deduction.entity.CycleKind;
import jp.kojo.deduction.entity.Product;

/** Field rules shared by both variants; collects the problems of one record. Methods return null when invalid. */
final class FieldChecks {
    static final long MAX_AMOUNT = 9_999_999_999L;

    private final int line;
    private final List<Problem> problems = new ArrayList<>();

    FieldChecks(int line) {
        this.line = line;
    }

    List<Problem> problems() {
        return problems;
    }

    boolean ok() {
        return problems.isEmpty();
    }

    void add(Field field, String ja, String en) {
        problems.add(Problem.at(line, field, ja, en));
    }

    private static boolean allDigits(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Exactly {@code length} ASCII digits. */
    String digits(Field field, String v, int length) {
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

    /** An unsigned number of any width (CSV counts and totals, fixed ones after the width check). */
    Long number(Field field, String v) {
        if (v.isEmpty()) {
            add(field, "必須項目です", "required");
            return null;
        }
        if (!allDigits(v)) {
            add(field, "数字以外の文字があります", "not a number");
            return null;
        }
        int first = 0;
        while (first < v.length() - 1 && v.charAt(first) == '0') {
            first++;
        }
        if (v.length() - first > 18) {
            add(field, "桁数が多すぎます", "too many digits");
            return null;
        }
        return Long.parseLong(v, first, v.length(), 10);
    }

    Long amount(String v) {
        Long amount = number(Field.AMOUNT, v);
        if (amount == null) {
            return null;
        }
        if (amount == 0) {
            add(Field.AMOUNT, "0 円は指定できません", "amount must not be zero");
            return null;
        }
        if (amount > MAX_AMOUNT) {
            add(Field.AMOUNT, "9,999,999,999 円を超えています", "over 9,999,999,999 yen");
            return null;
        }
        return amount;
    }

    YearMonth yearMonth(String v) {
        if (digits(Field.YEAR_MONTH, v, 6) == null) {
            return null;
        }
        int month = Integer.parseInt(v.substring(4));
        int year = Integer.parseInt(v.substring(0, 4));
        if (month < 1 || month > 12 || year < 1900) {
            add(Field.YEAR_MONTH, "年月 (YYYYMM) として正しくありません", "not a valid year-month (YYYYMM)");
            return null;
        }
        return YearMonth.of(year, month);
    }

    LocalDate date(Field field, String v) {
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

    CycleKind cycleKind(String v) {
        switch (v) {
            case "1":
                return CycleKind.MONTHLY;
            case "2":
                return CycleKind.BONUS;
            default:
                add(Field.CYCLE_KIND, "1（月例）または 2（賞与）を指定してください", "must be 1 (monthly) or 2 (bonus)");
                return null;
        }
    }

    String product(String v) {
        if (digits(Field.PRODUCT_CODE, v, 2) == null) {
            return null;
        }
        if (Product.ofCode(v).isEmpty()) {
            add(Field.PRODUCT_CODE, "商品コード " + v + " はありません", "unknown product code " + v);
            return null;
        }
        return v;
    }

    /** Blank means none; otherwise digits or upper-case letters, padded with spaces on either side. */
    String employeeNumber(String v) {
        String t = v.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (t.length() > 10 || !t.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
            add(Field.EMPLOYEE_NUMBER, "10 桁以内の英数字で指定してください",
                    "must be up to 10 digits or capital letters");
            return null;
        }
        return t;
    }

    /** Fixed variant: half-width kana only; returns the full-width form. */
    String halfWidthName(String v) {
        String t = KanaNames.trim(v);
        if (t.isEmpty()) {
            add(Field.NAME_KANA, "必須項目です", "required");
            return null;
        }
        if (!KanaNames.isHalfWidthName(t)) {
            add(Field.NAME_KANA, "半角カナ以外の文字があります", "characters other than half-width kana");
            return null;
        }
        return KanaNames.toFullWidth(t);
    }

    /** CSV variant: kana of either width; returns the full-width form. */
    String kanaName(String v) {
        String t = KanaNames.trim(v);
        if (t.isEmpty()) {
            add(Field.NAME_KANA, "必須項目です", "required");
            return null;
        }
        if (!KanaNames.isKanaName(t)) {
            add(Field.NAME_KANA, "カナ以外の文字があります", "characters other than kana");
            return null;
        }
        String full = KanaNames.toFullWidth(t);
        if (full.length() > KanaNames.MAX_LENGTH) {
            add(Field.NAME_KANA, KanaNames.MAX_LENGTH + " 文字を超えています",
                    "longer than " + KanaNames.MAX_LENGTH + " characters");
            return null;
        }
        return full;
    }
}
