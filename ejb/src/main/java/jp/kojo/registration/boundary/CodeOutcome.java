package jp.kojo.registration.boundary;

/** What became of a request to mail a one-time code. */
public enum CodeOutcome {
    SENT, NO_SUCH_APPLICANT, HAS_CERTIFICATE, MAIL_FAILED
}
