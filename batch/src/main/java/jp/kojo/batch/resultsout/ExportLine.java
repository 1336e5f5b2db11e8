package jp.kojo.batch.resultsout;

/**
 * One deduction line as stored, for the results file. {@code resultCode} and {@code reason} are the stored enum
 * names ({@code ResultCode}, {@code NotDeductedReason}) or null; {@code deductedAmount} is null until the
 * organisation reports one (the payroll type does, the lump-sum type does not).
 */
public record ExportLine(int lineNumber, String personNumber, String employeeNumber, String nameKana,
                         String productCode, String branchCode, String accountNumber, long requestedAmount,
                         Long deductedAmount, String resultCode, String reason, boolean paymentStopped) {
    public boolean markedNotDeducted() {
        return "NOT_DEDUCTED".equals(resultCode);
    }
}
