package jp.kojo.deduction.entity;

/** 控除結果: what the organisation reports for a line; a lump-sum line without a code counts as deducted. */
public enum ResultCode {
    DEDUCTED,
    NOT_DEDUCTED
}
