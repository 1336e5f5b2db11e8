package jp.kojo.deduction.entity;

/**
 * 控除結果: what the organisation reports for a line. A lump-sum line without a code counts as deducted and
 * only ever gets NOT_DEDUCTED; a payroll line without a code has no result yet and gets one of the three, with
 * its deducted amount: DEDUCTED is 全額控除, PARTIALLY_DEDUCTED 一部控除 (payroll only), NOT_DEDUCTED 控除不能.
 * One column for both types, so the lump-sum rules that look for NOT_DEDUCTED keep their meaning.
 */
public enum ResultCode {
    DEDUCTED,
    NOT_DEDUCTED,
    PARTIALLY_DEDUCTED
}
