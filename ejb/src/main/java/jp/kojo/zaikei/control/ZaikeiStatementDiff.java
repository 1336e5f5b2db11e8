package jp.kojo.zaikei.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kojo.zaikei.control.ZaikeiChangeRule.Contract;
import jp.kojo.zaikei.entity.ZaikeiKind;

/**
 * 財形積立変更明細書: what the bank processed between two runs of an employer's statement, contract by contract —
 * new contracts, contracts no longer listed, stops, resumptions and amount changes.
 */
public final class ZaikeiStatementDiff {

    /** How a contract changed between the two runs. */
    public enum Kind {
        NEW("新規", "New"), ENDED("解約・終了", "Ended"), STOPPED("積立中止", "Stopped"), RESUMED("再開", "Resumed"),
        AMOUNT_CHANGED("金額変更", "Amount changed");

        private final String nameJa;
        private final String nameEn;

        Kind(String nameJa, String nameEn) {
            this.nameJa = nameJa;
            this.nameEn = nameEn;
        }

        public String nameJa() { return nameJa; }
        public String nameEn() { return nameEn; }
    }

    /** One changed contract; the amounts before are 0 for a new contract, after are 0 for an ended one. */
    public record Line(Kind kind, String savingsContract, String personNumber, String nameKana, ZaikeiKind savingsKind,
                       long monthlyBefore, long bonusBefore, long monthlyAfter, long bonusAfter) {
    }

    private ZaikeiStatementDiff() {
    }

    /** Changes from {@code before} (the previous run, may be empty) to {@code after}, in the order of {@code after}. */
    public static List<Line> between(List<Contract> before, List<Contract> after) {
        Map<String, Contract> old = new LinkedHashMap<>();
        before.forEach(c -> old.put(c.savingsContract(), c));
        List<Line> lines = new ArrayList<>();
        for (Contract now : after) {
            Contract was = old.remove(now.savingsContract());
            Kind kind;
            if (was == null) {
                kind = Kind.NEW;
            } else if (now.stopped() && !was.stopped()) {
                kind = Kind.STOPPED;
            } else if (!now.stopped() && was.stopped()) {
                kind = Kind.RESUMED;
            } else if (!now.stopped() && (now.monthly() != was.monthly() || now.bonus() != was.bonus())) {
                kind = Kind.AMOUNT_CHANGED;
            } else {
                continue;
            }
            lines.add(new Line(kind, now.savingsContract(), now.personNumber(), now.nameKana(), now.kind(),
                    was == null || was.stopped() ? 0 : was.monthly(), was == null || was.stopped() ? 0 : was.bonus(),
                    now.stopped() ? 0 : now.monthly(), now.stopped() ? 0 : now.bonus()));
        }
        for (Contract ended : old.values()) {
            lines.add(new Line(Kind.ENDED, ended.savingsContract(), ended.personNumber(), ended.nameKana(), ended.kind(),
                    ended.stopped() ? 0 : ended.monthly(), ended.stopped() ? 0 : ended.bonus(), 0, 0));
        }
        return lines;
    }
}
