package jp.kojo.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Set;

/**
 * ログアウトしました: why the session ended — idle timeout, the absolute limit, or the certificate or account
 * checked at a request (revoked, expired, another key, locked, deleted). Public page.
 */
@Named
@RequestScoped
public class SessionEndedPage {
    private static final Set<String> REASONS = Set.of("limit", "revoked", "expired", "mismatch", "locked", "deleted",
            "certificate");
    private String reason;

    public boolean isLimitReached() {
        return "limit".equals(reason);
    }

    /** The message key saying why; an unknown or missing reason reads as the idle timeout. */
    public String getMessageKey() {
        return reason != null && REASONS.contains(reason) ? "session.ended." + reason : "session.ended.idle";
    }

    /** Whether a new certificate (not just a new login) is what the user needs next. */
    public boolean isCertificateNeeded() {
        return "revoked".equals(reason) || "expired".equals(reason);
    }

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
