package jp.kojo.registration.boundary;

/** Whether a user without a certificate may go on to the identity check. */
public enum ApplicantOutcome {
    /** Login id and password are right, and the user has no live certificate. */
    ACCEPTED,
    /** Unknown user, wrong password or locked: the same answer as the login page's. */
    REFUSED,
    /** The user has a live certificate already, not yet in its renewal window: it logs in with it. */
    HAS_CERTIFICATE,
    /**
     * Accepted to renew: the live certificate expires within 30 days; the new one revokes it when issued.
     */
    RENEWAL
}
