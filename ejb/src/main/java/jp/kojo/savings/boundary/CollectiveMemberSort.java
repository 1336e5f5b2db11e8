package jp.kojo.savings.boundary;

/** Sortable columns of the breakdown statement's member rows. */
public enum CollectiveMemberSort {
    /** The member's first line in the host's file. */
    LINE_NUMBER,
    MEMBER_NUMBER,
    NAME_KANA,
    TOTAL_AMOUNT
}
