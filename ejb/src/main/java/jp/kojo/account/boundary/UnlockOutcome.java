package jp.kojo.account.boundary;

/** How an unlock request ended; only {@link #UNLOCKED} changed anything. */
public enum UnlockOutcome {
    UNLOCKED,
    /** The account exists for the caller but is not locked. */
    NOT_LOCKED,
    /** No account the caller may unlock has this login id: unknown and fenced off are not told apart. */
    NO_SUCH_USER,
    /** An unlock must say why; the reason is audited. */
    REASON_MISSING
}
