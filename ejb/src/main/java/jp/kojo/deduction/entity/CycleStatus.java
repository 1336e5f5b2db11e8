package jp.kojo.deduction.entity;

/** Where an organisation stands in a monthly or bonus cycle. */
public enum CycleStatus {
    /** 依頼済: the bank's request list is there, nothing done yet. */
    ISSUED,
    /** 処理中: lines are being marked. */
    IN_PROGRESS,
    /** 承認済: a user with the send right approved; waiting to be sent. */
    APPROVED,
    /** 送信済: sent to the bank, frozen; only the bank can reopen it. */
    SENT,
    /** 入金済: the bank settled the payment. */
    SETTLED
}
