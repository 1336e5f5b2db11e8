package jp.kojo.batch.zaikeiload;

import java.time.LocalDate;
import java.time.YearMonth;
import jp.kojo.deduction.entity.CycleKind;
import jp.kojo.zaikei.entity.ZaikeiKind;

/** Builds typed records from the fields either variant read, so both share one set of rules. */
final class ZaikeiRecords {
    static final String DATA_KIND = "71";
    /** Fields of a data record after its type, in file order. */
    static final int DATA_FIELDS = 13;

    private ZaikeiRecords() {
    }

    static ZaikeiRecord header(int line, String type, String yearMonth, String runKind, String depositDate) {
        ZaikeiChecks checks = new ZaikeiChecks(line);
        YearMonth ym = checks.yearMonth(yearMonth);
        CycleKind kind = checks.runKind(runKind);
        LocalDate date = checks.date(ZaikeiField.DEPOSIT_DATE, depositDate);
        return checks.ok() ? new ZaikeiRecord.Header(line, ym, kind, date)
                : new ZaikeiRecord.Malformed(line, type, checks.problems(), null, null);
    }

    /** {@code f}: contract, person, employee, name, birth, kind, savings contract, monthly, bonus, balance, start, last, status. */
    static ZaikeiRecord data(int line, String type, String[] f, boolean fixed) {
        ZaikeiChecks checks = new ZaikeiChecks(line);
        String contract = checks.digits(ZaikeiField.CONTRACT_NUMBER, f[0], 10);
        String person = checks.digits(ZaikeiField.PERSON_NUMBER, f[1], 10);
        String employee = checks.employeeNumber(f[2]);
        String name = checks.name(f[3], fixed);
        LocalDate birth = checks.date(ZaikeiField.BIRTH_DATE, f[4]);
        ZaikeiKind kind = checks.kind(f[5]);
        String savingsContract = checks.digits(ZaikeiField.SAVINGS_CONTRACT, f[6], 8);
        Long monthly = checks.amount(ZaikeiField.MONTHLY_AMOUNT, f[7]);
        Long bonus = checks.amount(ZaikeiField.BONUS_AMOUNT, f[8]);
        Long balance = checks.optionalNumber(ZaikeiField.BALANCE, f[9]);
        LocalDate start = checks.date(ZaikeiField.START_DATE, f[10]);
        LocalDate last = checks.isAbsentDate(f[11]) ? null : checks.date(ZaikeiField.LAST_CONTRIBUTION, f[11]);
        Boolean stopped = checks.stopped(f[12]);
        if (birth != null && start != null && start.isBefore(birth)) {
            checks.add(ZaikeiField.START_DATE, "生年月日より前です", "before the birth date");
        }
        if (!checks.ok()) {
            return new ZaikeiRecord.Malformed(line, type, checks.problems(), monthly, bonus);
        }
        return new ZaikeiRecord.Data(line, contract, person, employee, name, birth, kind, savingsContract, monthly,
                bonus, balance < 0 ? null : balance, start, last, stopped);
    }

    static ZaikeiRecord trailer(int line, String type, String count, String monthlyTotal, String bonusTotal) {
        ZaikeiChecks checks = new ZaikeiChecks(line);
        Long n = checks.number(ZaikeiField.RECORD_COUNT, count);
        Long monthly = checks.number(ZaikeiField.MONTHLY_TOTAL, monthlyTotal);
        Long bonus = checks.number(ZaikeiField.BONUS_TOTAL, bonusTotal);
        return checks.ok() ? new ZaikeiRecord.Trailer(line, n, monthly, bonus)
                : new ZaikeiRecord.Malformed(line, type, checks.problems(), null, null);
    }

    static ZaikeiRecord unknownType(int line, String type) {
        ZaikeiChecks checks = new ZaikeiChecks(line);
        checks.add(ZaikeiField.RECORD_TYPE, "レコード種別「" + type + "」は不明です", "unknown record type '" + type + "'");
        return new ZaikeiRecord.Malformed(line, type, checks.problems(), null, null);
    }

    static ZaikeiRecord problem(int line, String type, ZaikeiField field, String ja, String en) {
        ZaikeiChecks checks = new ZaikeiChecks(line);
        checks.add(field, ja, en);
        return new ZaikeiRecord.Malformed(line, type, checks.problems(), null, null);
    }
}
