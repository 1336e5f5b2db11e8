package jp.kojo.deduction.boundary;

/** How one row of an uploaded result file matched the cycle's lines. */
public enum MatchOutcome {
    /** Matched a line and deducted the requested amount (全額控除). */
    EQUAL,
    /** Matched a line with a smaller amount (一部控除, or 控除不能 at 0 yen). */
    DIFFERENT,
    /** Matched a line with more than was requested: cannot be applied. */
    OVER_REQUEST,
    /** No line of the cycle has this person and product. */
    UNMATCHED,
    /** Several lines of the person have this product: resolve on the list. */
    AMBIGUOUS;

    public boolean applicable() {
        return this == EQUAL || this == DIFFERENT;
    }
}
