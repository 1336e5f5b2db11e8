package jp.kojo.zaikei.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kojo.zaikei.control.ZaikeiChangeRule.Contract;
import jp.kojo.zaikei.entity.ZaikeiKind;

/**
 * 財形アラーム明細: people whose housing and pension principal together is within 10 % of the 5.5 million yen
 * tax-free limit or over it, and contracts without a contribution for 2 years. (Filings are not in the host's
 * statement file, so there is no alert for them.)
 */
public final class ZaikeiAlertRule {
    /** 90 % of the limit: from here a person is near it. */
    public static final long NEAR_LIMIT = ZaikeiChangeRule.TAX_FREE_LIMIT * 9 / 10;
    public static final int YEARS_WITHOUT_CONTRIBUTION = 2;

    public enum Kind {
        TAX_FREE_NEAR("非課税限度額に接近", "Near the tax-free limit"),
        TAX_FREE_OVER("非課税限度額超過", "Over the tax-free limit"),
        NO_CONTRIBUTION("2年以上積立なし", "No contribution for 2 years");

        private final String nameJa;
        private final String nameEn;

        Kind(String nameJa, String nameEn) {
            this.nameJa = nameJa;
            this.nameEn = nameEn;
        }

        public String nameJa() { return nameJa; }
        public String nameEn() { return nameEn; }
    }

    /**
     * One alert. For the limit alerts {@code savingsContract} and {@code savingsKind} are null and {@code amount} is
     * the housing and pension principal; for a contract without contributions, {@code since} is its last
     * contribution (or its start when it never had one) and {@code amount} its balance (0 when not given).
     */
    public record Alert(Kind kind, String personNumber, String nameKana, String savingsContract, ZaikeiKind savingsKind,
                        long amount, LocalDate since) {
    }

    private ZaikeiAlertRule() {
    }

    /** @param asOf the statement's deposit date */
    public static List<Alert> of(List<Contract> contracts, Map<String, LocalDate> lastContributions, LocalDate asOf) {
        List<Alert> alerts = new ArrayList<>();
        Map<String, long[]> principal = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Contract c : contracts) {
            if (c.kind().taxFree()) {
                principal.computeIfAbsent(c.personNumber(), p -> new long[1])[0] += c.balance() == null ? 0 : c.balance();
                names.putIfAbsent(c.personNumber(), c.nameKana());
            }
        }
        principal.forEach((person, sum) -> {
            if (sum[0] > ZaikeiChangeRule.TAX_FREE_LIMIT) {
                alerts.add(new Alert(Kind.TAX_FREE_OVER, person, names.get(person), null, null, sum[0], null));
            } else if (sum[0] >= NEAR_LIMIT) {
                alerts.add(new Alert(Kind.TAX_FREE_NEAR, person, names.get(person), null, null, sum[0], null));
            }
        });
        LocalDate cutOff = asOf.minusYears(YEARS_WITHOUT_CONTRIBUTION);
        for (Contract c : contracts) {
            LocalDate last = lastContributions.get(c.savingsContract());
            if (last != null && last.isBefore(cutOff)) {
                alerts.add(new Alert(Kind.NO_CONTRIBUTION, c.personNumber(), c.nameKana(), c.savingsContract(), c.kind(),
                        c.balance() == null ? 0 : c.balance(), last));
            }
        }
        return alerts;
    }
}
