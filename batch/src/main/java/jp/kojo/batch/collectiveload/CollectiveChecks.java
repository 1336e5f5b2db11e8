package jp.kojo.batch.collectiveload;

import java.util.ArrayList;
import java.util.List;
import jp.kojo.batch.inbox.HostRecordChecks;
import jp.kojo.savings.boundary.SavingsProduct;

/** Field rules of the breakdown file, both variants; collects one record's problems. Null = invalid. */
final class CollectiveChecks extends HostRecordChecks<CollectiveField> {
    static final long MAX_AMOUNT = 9_999_999L;

    private final List<CollectiveProblem> problems = new ArrayList<>();

    CollectiveChecks(int line) {
        super(line, CollectiveField.YEAR_MONTH, CollectiveField.RUN_KIND, CollectiveField.EMPLOYEE_NUMBER,
                CollectiveField.NAME_KANA);
    }

    @Override
    protected void report(int line, CollectiveField field, String ja, String en) {
        problems.add(new CollectiveProblem(line, field, ja, en));
    }

    List<CollectiveProblem> problems() {
        return problems;
    }

    boolean ok() {
        return problems.isEmpty();
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
}
