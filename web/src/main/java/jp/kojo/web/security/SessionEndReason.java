package jp.kojo.web.security;

import jp.kojo.account.boundary.CertificateStanding;

/** The reason a session ended, as the session-ended page's {@code reason} parameter names it. */
final class SessionEndReason {
    private SessionEndReason() {
    }

    static String of(CertificateStanding standing) {
        return switch (standing) {
            case REVOKED -> "revoked";
            case EXPIRED -> "expired";
            case KEY_MISMATCH -> "mismatch";
            case ACCOUNT_LOCKED -> "locked";
            case ACCOUNT_DELETED -> "deleted";
            default -> "certificate";
        };
    }
}
