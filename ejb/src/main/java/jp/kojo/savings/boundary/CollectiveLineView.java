package jp.kojo.savings.boundary;

/** One member's contribution to one product, as the file gave it; {@code employeeNumber} null when none. */
public record CollectiveLineView(int lineNumber, String memberNumber, String employeeNumber, String nameKana,
                                 SavingsProduct product, String branchCode, String accountNumber, long amount) {
}
