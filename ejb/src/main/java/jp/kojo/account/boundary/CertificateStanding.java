package jp.kojo.account.boundary;

/**
 * Where the certificate presented with a live session stands, asked on every request: anything but VALID ends
 * the session, and the page the user lands on says which of these it was.
 */
public enum CertificateStanding {
    VALID,
    /** The connection carries no client certificate. */
    NO_CERTIFICATE,
    /** Kojo registered no certificate with this issuer and serial. */
    UNKNOWN,
    /** Another certificate than the session logged in with. */
    CHANGED,
    /** Registered to another user. */
    ANOTHER_USER,
    /** Issuer and serial are registered, but the certificate (its key) is another: a forgery or a mistake. */
    KEY_MISMATCH,
    REVOKED,
    /** Past its expiry (or not yet valid). */
    EXPIRED,
    ACCOUNT_LOCKED,
    ACCOUNT_DELETED
}
