package jp.kojo.certificate.boundary;

/** The answer to a revocation request. */
public enum RevocationOutcome {
    REVOKED,
    /** Unknown, deleted, of another organisation, or not a user the caller may revoke for: all read the same. */
    NO_SUCH_USER,
    /** The user has no live certificate. */
    NO_CERTIFICATE,
    REASON_MISSING,
    /** The bank revokes on a paper request: its reference must be given. */
    REFERENCE_MISSING
}
