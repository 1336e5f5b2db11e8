package jp.kojo.account.control;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.security.Principal;
import jp.kojo.account.entity.UserAccount;

/** The account of the logged-in caller: what a user may do to its own account is fenced by it. */
@Dependent
public class CallerAccount {
    @Inject
    Principal principal;

    @PersistenceContext
    EntityManager em;

    public UserAccount get() {
        return find().orElseThrow(() -> new EJBAccessException("No user behind the caller"));
    }

    /** The caller's account; empty for an anonymous caller or one whose account is gone. */
    public Optional<UserAccount> find() {
        String loginId = principal == null ? null : principal.getName();
        if (loginId == null || "anonymous".equals(loginId)) {
            return Optional.empty();
        }
        return em.createNamedQuery(UserAccount.BY_LOGIN_ID, UserAccount.class)
                .setParameter("loginId", loginId)
                .getResultStream().findFirst();
    }
}
