package jp.kojo.organization.entity;

/** The services a contract can use. */
public enum ServiceKind {
    /** まとめ入金型 労金控除 */
    LUMP_SUM,
    /** 賃金控除型 労金控除 */
    PAYROLL,
    /** 一斉積立 */
    COLLECTIVE_SAVINGS,
    /** 財形 */
    ZAIKEI
}
