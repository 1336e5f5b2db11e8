package jp.kojo.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.kojo.account.control.CallerAccount;
import jp.kojo.account.control.LoginHistoryRules;
import jp.kojo.account.entity.LoginRecord;
import jp.kojo.platform.Roles;

/** ログイン履歴 of the caller's own account: its previous login, its latest logins and its failed attempts. */
@Stateless
@RolesAllowed({Roles.ORG_USER, Roles.BANK_OPERATOR, Roles.BATCH_ADMIN})
public class LoginHistory {
    /** Enough to reach back to the login before the current one even after many failed attempts. */
    private static final int WINDOW = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccount caller;

    /** The attempt before the caller's current login (time, address, result), if there was one. */
    public Optional<LoginEntry> previousLogin() {
        return LoginHistoryRules.previousLogin(entries());
    }

    public LoginHistoryView history() {
        List<LoginEntry> entries = entries();
        return new LoginHistoryView(LoginHistoryRules.latest(entries), LoginHistoryRules.failedSinceLastLogin(entries));
    }

    private List<LoginEntry> entries() {
        return em.createNamedQuery(LoginRecord.OF_USER, LoginRecord.class)
                .setParameter("userId", caller.get().getId())
                .setMaxResults(WINDOW)
                .getResultList().stream()
                .map(r -> new LoginEntry(r.getAt(), r.getRemoteAddress(), r.isSucceeded(), outcome(r.getOutcome())))
                .toList();
    }

    private static LoginOutcome outcome(String stored) {
        try {
            return LoginOutcome.valueOf(stored);
        } catch (IllegalArgumentException e) {
            return LoginOutcome.UNKNOWN_USER;
        }
    }
}
