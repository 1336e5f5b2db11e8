package jp.kojo.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The numbers the idle-timeout warning needs on every logged-in page (WEB-INF/includes/session-warning.xhtml). */
@Named
@ApplicationScoped
public class SessionWarning {
    public long getIdleSeconds() {
        return SessionLimits.IDLE.toSeconds();
    }

    public long getWarnSeconds() {
        return SessionLimits.WARNING.toSeconds();
    }
}
