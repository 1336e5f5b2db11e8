package jp.kojo.savings.boundary;

import java.io.Serializable;
import java.util.Map;

/**
 * One member of a breakdown statement: the contribution to each product (absent when none) and the member's total;
 * {@code lineNumber} is the member's first line in the file.
 */
public record CollectiveMemberRow(int lineNumber, String memberNumber, String employeeNumber, String nameKana,
                                  Map<SavingsProduct, Long> amounts, long total) implements Serializable {
    public CollectiveMemberRow {
        amounts = Map.copyOf(amounts);
    }

    /** The contribution to {@code product}, or null when the member has none. */
    public Long amount(SavingsProduct product) {
        return amounts.get(product);
    }
}
