package jp.kojo.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** ログアウトしました: why the session ended, idle timeout or the absolute limit (public page). */
@Named
@RequestScoped
public class SessionEndedPage {
    private String reason;

    public boolean isLimitReached() {
        return "limit".equals(reason);
    }

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
