package jp.kojo.deduction.boundary;

/**
 * Which columns of the payroll system's result file hold what, named by their header; saved per organisation.
 * The product column holds the bank's product code (30) or its Japanese name (証書貸付返済).
 */
public record ResultMapping(KeyKind keyKind, String keyColumn, String productColumn, String amountColumn,
                            UploadEncoding encoding) {
    public boolean complete() {
        return keyKind != null && encoding != null && !blank(keyColumn) && !blank(productColumn) && !blank(amountColumn);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
