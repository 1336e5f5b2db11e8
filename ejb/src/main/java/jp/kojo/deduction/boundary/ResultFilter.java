package jp.kojo.deduction.boundary;

/** Which lines of a payroll cycle the result list shows. */
public enum ResultFilter {
    ALL,
    /** Lines still without a result: what keeps the cycle from approval. */
    WITHOUT_RESULT,
    DEDUCTED,
    PARTIALLY_DEDUCTED,
    NOT_DEDUCTED,
    /** 一部控除 and 控除不能: the lines whose deducted amount differs from the request. */
    WITH_DIFFERENCE
}
