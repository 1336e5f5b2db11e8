package jp.kojo.batch.collectiveload;

import java.time.LocalDate;
import java.time.YearMonth;
import jp.kojo.deduction.entity.CycleKind;
import jp.kojo.savings.boundary.SavingsProduct;

/** Builds typed records from the fields either variant read, so both share one set of rules. */
final class CollectiveRecords {
    static final String DATA_KIND = "81";
    /** Fields of a data record after its type, in file order. */
    static final int DATA_FIELDS = 8;

    private CollectiveRecords() {
    }

    static CollectiveRecord header(int line, String type, String yearMonth, String runKind, String savingsDate) {
        CollectiveChecks checks = new CollectiveChecks(line);
        YearMonth ym = checks.yearMonth(yearMonth);
        CycleKind kind = checks.runKind(runKind);
        LocalDate date = checks.date(CollectiveField.SAVINGS_DATE, savingsDate);
        return checks.ok() ? new CollectiveRecord.Header(line, ym, kind, date)
                : new CollectiveRecord.Malformed(line, type, checks.problems(), null);
    }

    /** {@code f}: contract, member, employee, name, product, branch, account, amount. */
    static CollectiveRecord data(int line, String type, String[] f, boolean fixed) {
        CollectiveChecks checks = new CollectiveChecks(line);
        String contract = checks.digits(CollectiveField.CONTRACT_NUMBER, f[0], 10);
        String member = checks.digits(CollectiveField.MEMBER_NUMBER, f[1], 10);
        String employee = checks.employeeNumber(f[2]);
        String name = checks.name(f[3], fixed);
        SavingsProduct product = checks.product(f[4]);
        String branch = checks.digits(CollectiveField.BRANCH, f[5], 3);
        String account = checks.digits(CollectiveField.ACCOUNT, f[6], 7);
        Long amount = checks.amount(f[7]);
        if (!checks.ok()) {
            return new CollectiveRecord.Malformed(line, type, checks.problems(), amount);
        }
        return new CollectiveRecord.Data(line, contract, member, employee, name, product, branch, account, amount);
    }

    static CollectiveRecord trailer(int line, String type, String count, String total) {
        CollectiveChecks checks = new CollectiveChecks(line);
        Long n = checks.number(CollectiveField.RECORD_COUNT, count);
        Long sum = checks.number(CollectiveField.AMOUNT_TOTAL, total);
        return checks.ok() ? new CollectiveRecord.Trailer(line, n, sum)
                : new CollectiveRecord.Malformed(line, type, checks.problems(), null);
    }

    static CollectiveRecord unknownType(int line, String type) {
        return problem(line, type, CollectiveField.RECORD_TYPE, "レコード種別「" + type + "」は不明です",
                "unknown record type '" + type + "'");
    }

    static CollectiveRecord problem(int line, String type, CollectiveField field, String ja, String en) {
        CollectiveChecks checks = new CollectiveChecks(line);
        checks.add(field, ja, en);
        return new CollectiveRecord.Malformed(line, type, checks.problems(), null);
    }
}
