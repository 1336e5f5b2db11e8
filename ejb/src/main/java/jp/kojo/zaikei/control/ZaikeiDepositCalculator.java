package jp.kojo.zaikei.control;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.kojo.zaikei.control.ZaikeiChangeRule.Change;
import jp.kojo.zaikei.control.ZaikeiChangeRule.Contract;
import jp.kojo.zaikei.entity.ZaikeiChangeKind;
import jp.kojo.zaikei.entity.ZaikeiKind;

/**
 * The deposit statement (預入明細書): every contract of the latest statement with the amounts it will have after the
 * employer's changes, the new enrolments after them, and the totals by kind of what will be deposited.
 */
public final class ZaikeiDepositCalculator {

    /** One line: {@code savingsContract} null for a new enrolment; {@code change} null when unchanged. */
    public record Line(String savingsContract, String personNumber, String nameKana, java.time.LocalDate birthDate,
                       ZaikeiKind kind,
                       long previousMonthly, long previousBonus, long monthly, long bonus, boolean stopped,
                       ZaikeiChangeKind change) {
    }

    /** What is deposited for one kind (kind null for all), and how many contracts are saving. */
    public record Total(ZaikeiKind kind, long savingContracts, long monthly, long bonus) {
    }

    private ZaikeiDepositCalculator() {
    }

    public static List<Line> lines(List<Contract> contracts, List<Change> changes) {
        List<Line> lines = new ArrayList<>();
        for (Contract c : contracts) {
            Change change = changes.stream().filter(x -> c.savingsContract().equals(x.savingsContract())).findFirst()
                    .orElse(null);
            if (change == null) {
                lines.add(new Line(c.savingsContract(), c.personNumber(), c.nameKana(), c.birthDate(), c.kind(), c.monthly(), c.bonus(),
                        c.stopped() ? 0 : c.monthly(), c.stopped() ? 0 : c.bonus(), c.stopped(), null));
            } else if (change.kind() == ZaikeiChangeKind.STOP) {
                lines.add(new Line(c.savingsContract(), c.personNumber(), c.nameKana(), c.birthDate(), c.kind(), c.monthly(), c.bonus(),
                        0, 0, true, ZaikeiChangeKind.STOP));
            } else {
                lines.add(new Line(c.savingsContract(), c.personNumber(), c.nameKana(), c.birthDate(), c.kind(), c.monthly(), c.bonus(),
                        change.monthly(), change.bonus(), false, change.kind()));
            }
        }
        for (Change change : changes) {
            if (change.kind() == ZaikeiChangeKind.NEW_ENROLMENT) {
                lines.add(new Line(null, change.personNumber(), change.nameKana(), change.birthDate(), change.savingsKind(), 0, 0,
                        change.monthly(), change.bonus(), false, ZaikeiChangeKind.NEW_ENROLMENT));
            }
        }
        return lines;
    }

    /** One total per kind present, in kind order, then the grand total (kind null). */
    public static List<Total> totals(List<Line> lines) {
        Map<ZaikeiKind, long[]> byKind = new EnumMap<>(ZaikeiKind.class);
        for (Line line : lines) {
            long[] t = byKind.computeIfAbsent(line.kind(), k -> new long[3]);
            t[0] += line.stopped() ? 0 : 1;
            t[1] += line.monthly();
            t[2] += line.bonus();
        }
        List<Total> totals = new ArrayList<>();
        long[] all = new long[3];
        byKind.forEach((kind, t) -> {
            totals.add(new Total(kind, t[0], t[1], t[2]));
            for (int i = 0; i < 3; i++) {
                all[i] += t[i];
            }
        });
        totals.add(new Total(null, all[0], all[1], all[2]));
        return totals;
    }
}
