package jp.kojo.certificate.entity;

/** Why a client certificate was revoked (失効理由), with the reason code the CRL gives it (RFC 5280 5.3.1). */
public enum RevocationReason {
    /** A new certificate was issued to the user (re-issue or renewal). */
    SUPERSEDED(4),
    /** The user revoked its own certificate, e.g. before changing its PC. */
    USER_REQUEST(5),
    /** The master revoked a general user's certificate. */
    MASTER(0),
    /** The bank revoked a master's certificate on a paper request (電子証明書失効依頼書). */
    BANK_REQUEST(0),
    /** The user was deleted. */
    USER_DELETED(3);

    private final int crlReasonCode;

    RevocationReason(int crlReasonCode) {
        this.crlReasonCode = crlReasonCode;
    }

    /** superseded(4), cessationOfOperation(5), affiliationChanged(3) or unspecified(0). */
    public int crlReasonCode() {
        return crlReasonCode;
    }
}
