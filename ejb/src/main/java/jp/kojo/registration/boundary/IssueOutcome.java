package jp.kojo.registration.boundary;

/** What became of a request for a certificate with a one-time code. */
public enum IssueOutcome {
    ISSUED,
    WRONG_CODE,
    /** Five wrong tries, expired, used, or none sent: a new code is needed. */
    NEW_CODE_NEEDED,
    CODE_EXPIRED,
    HAS_CERTIFICATE,
    NO_SUCH_APPLICANT,
    CSR_UNREADABLE,
    CSR_SIGNATURE_INVALID,
    CSR_WEAK_KEY
}
