package jp.kojo.account.control;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
        String loginId = principal == null ? null : principal.getName();
        return em.createNamedQuery(UserAccount.BY_LOGIN_ID, UserAccount.class)
                .setParameter("loginId", loginId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new EJBAccessException("No user behind the caller"));
    }
}
