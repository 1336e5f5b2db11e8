package jp.kojo.batch.resultsout;

/** 結果コード of a data record (one byte). Lump-sum lines are FULL or NOT_DEDUCTED; PARTIAL is payroll's. */
public enum ResultKind {
    /** 全額控除 (lump-sum: 控除済). */
    FULL('1'),
    /** 一部控除: the payroll type's partly deducted line. */
    PARTIAL('2'),
    /** 控除不能. */
    NOT_DEDUCTED('3');

    private final char code;

    ResultKind(char code) {
        this.code = code;
    }

    public char code() {
        return code;
    }
}
