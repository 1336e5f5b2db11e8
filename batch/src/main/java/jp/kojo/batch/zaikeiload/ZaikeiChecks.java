package jp.kojo.batch.zaikeiload;

import java.util.ArrayList;
import java.util.List;
import jp.kojo.batch.inbox.HostRecordChecks;
import jp.kojo.zaikei.entity.ZaikeiKind;

/** Field rules of the savings statement file, both variants; collects one record's problems. Null = invalid. */
final class ZaikeiChecks extends HostRecordChecks<ZaikeiField> {
    static final long MAX_AMOUNT = 9_999_999L;

    private final List<ZaikeiProblem> problems = new ArrayList<>();

    ZaikeiChecks(int line) {
        super(line, ZaikeiField.YEAR_MONTH, ZaikeiField.RUN_KIND, ZaikeiField.EMPLOYEE_NUMBER, ZaikeiField.NAME_KANA);
    }

    @Override
    protected void report(int line, ZaikeiField field, String ja, String en) {
        problems.add(new ZaikeiProblem(line, field, ja, en));
    }

    List<ZaikeiProblem> problems() {
        return problems;
    }

    boolean ok() {
        return problems.isEmpty();
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

    /** Blank or all zeros when there is none. */
    boolean isAbsentDate(String v) {
        return v.isBlank() || v.equals("00000000");
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
}
