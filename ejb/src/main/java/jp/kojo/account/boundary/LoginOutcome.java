package jp.kojo.account.boundary;

/** Why a login succeeded or failed; recorded in the history, never shown to the user in detail. */
public enum LoginOutcome {
    SUCCESS,
    UNKNOWN_USER,
    WRONG_PASSWORD,
    NO_CERTIFICATE,
    CERTIFICATE_UNKNOWN,
    CERTIFICATE_OF_ANOTHER_USER,
    CERTIFICATE_NOT_VALID,
    /** Issuer and serial are registered, but the certificate's fingerprint (its key) is another. */
    CERTIFICATE_KEY_MISMATCH,
    LOCKED,
    /** The right password, but a temporary one older than its 7 days: the master must set a new one. */
    TEMPORARY_PASSWORD_EXPIRED,
    /** Both factors were right, but organisations cannot use the service at this hour or on this day. */
    SERVICE_CLOSED
}
