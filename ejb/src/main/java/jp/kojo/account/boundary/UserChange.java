package jp.kojo.account.boundary;

/** How a master's act on a user ended; only {@link #DONE} changed anything. */
public enum UserChange {
    DONE,
    /** No general user of the caller's organisation has this login id: unknown and fenced off look alike. */
    NO_SUCH_USER,
    LOGIN_ID_INVALID,
    LOGIN_ID_TAKEN,
    NAME_MISSING,
    EMAIL_INVALID,
    /** The contract has its 19 general users already. */
    TOO_MANY_USERS,
    /** A right was granted in a service the contract does not have. */
    SERVICE_NOT_CONTRACTED,
    REASON_MISSING,
    ALREADY_LOCKED
}
