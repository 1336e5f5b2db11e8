package jp.kojo.batch.collectiveload;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.kojo.batch.requestload.KanaNames;
import jp.kojo.deduction.entity.CycleKind;
import jp.kojo.savings.boundary.SavingsProduct;

/** Field rules of the breakdown file, both variants; collects one record's problems. Null = invalid. */
final class CollectiveChecks {
    static final long MAX_AMOUNT = 9_999_999L;

    private final int line;
    private final List<CollectiveProblem> problems = new ArrayList<>();

    CollectiveChecks(int line) {
        this.line = line;
    }

    List<CollectiveProblem> problems() {
        return problems;
    }

    boolean ok() {
        return problems.isEmpty();
    }

    void add(CollectiveField field, String ja, String en) {
        problems.add(new CollectiveProblem(line, field, ja, en));
    }

    private static boolean allDigits(String v) {
        return v.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    String digits(CollectiveField field, String v, int length) {
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

    Long number(CollectiveField field, String v) {
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

    /** A member's contribution to one product in one run: 1 to 9,999,999 yen. */
    Long amount(String v) {
        Long amount = number(CollectiveField.AMOUNT, v);
        if (amount != null && (amount < 1 || amount > MAX_AMOUNT)) {
            add(CollectiveField.AMOUNT, "1 円から 9,999,999 円までで指定してください", "must be 1 to 9,999,999 yen");
            return null;
        }
        return amount;
    }

    YearMonth yearMonth(String v) {
        if (digits(CollectiveField.YEAR_MONTH, v, 6) == null) {
            return null;
        }
        int year = Integer.parseInt(v.substring(0, 4));
        int month = Integer.parseInt(v.substring(4));
        if (month < 1 || month > 12 || year < 1900) {
            add(CollectiveField.YEAR_MONTH, "年月 (YYYYMM) として正しくありません", "not a valid year-month (YYYYMM)");
            return null;
        }
        return YearMonth.of(year, month);
    }

    LocalDate date(CollectiveField field, String v) {
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

    CycleKind runKind(String v) {
        return switch (v) {
            case "1" -> CycleKind.MONTHLY;
            case "2" -> CycleKind.BONUS;
            default -> {
                add(CollectiveField.RUN_KIND, "1（月例）または 2（賞与）を指定してください", "must be 1 (monthly) or 2 (bonus)");
                yield null;
            }
        };
    }

    SavingsProduct product(String v) {
        if (digits(CollectiveField.PRODUCT, v, 2) == null) {
            return null;
        }
        return SavingsProduct.ofCode(v).orElseGet(() -> {
            add(CollectiveField.PRODUCT, "商品コード " + v + " は一斉積立の商品ではありません",
                    "product code " + v + " is not a union-wide savings product");
            return null;
        });
    }

    String employeeNumber(String v) {
        String t = v.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (t.length() > 10 || !t.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
            add(CollectiveField.EMPLOYEE_NUMBER, "10 桁以内の英数字で指定してください",
                    "must be up to 10 digits or capital letters");
            return null;
        }
        return t;
    }

    /** Half-width kana only in the fixed variant, either width in CSV; answers the full-width form. */
    String name(String v, boolean halfWidthOnly) {
        String t = KanaNames.trim(v);
        if (t.isEmpty()) {
            add(CollectiveField.NAME_KANA, "必須項目です", "required");
            return null;
        }
        if (halfWidthOnly ? !KanaNames.isHalfWidthName(t) : !KanaNames.isKanaName(t)) {
            add(CollectiveField.NAME_KANA, halfWidthOnly ? "半角カナ以外の文字があります" : "カナ以外の文字があります",
                    halfWidthOnly ? "characters other than half-width kana" : "characters other than kana");
            return null;
        }
        String full = KanaNames.toFullWidth(t);
        if (full.length() > KanaNames.MAX_LENGTH) {
            add(CollectiveField.NAME_KANA, KanaNames.MAX_LENGTH + " 文字を超えています",
                    "longer than " + KanaNames.MAX_LENGTH + " characters");
            return null;
        }
        return full;
    }
}
