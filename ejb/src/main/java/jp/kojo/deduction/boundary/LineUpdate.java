package jp.kojo.deduction.boundary;

/**
 * The change a program asks for on one line, as names rather than the entity's types: {@code status} is
 * DEDUCTED (back to deducted as requested) or NOT_DEDUCTED with a {@code reason} (a NotDeductedReason name), an
 * optional note and payment stop. Result fields of the payroll type will be added here.
 */
public record LineUpdate(String status, String reason, String note, Boolean paymentStop) {
}
