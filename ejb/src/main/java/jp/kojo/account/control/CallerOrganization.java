package jp.kojo.account.control;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import jp.kojo.account.entity.UserAccount;
import jp.kojo.organization.entity.Organization;

/**
 * The organisation of the logged-in caller. Every query of organisation data is fenced by it, never by an
 * id that came from the request.
 */
@Dependent
public class CallerOrganization {
    @Inject
    Principal principal;

    @PersistenceContext
    EntityManager em;

    public Organization get() {
        String loginId = principal == null ? null : principal.getName();
        UserAccount user = em.createNamedQuery(UserAccount.BY_LOGIN_ID, UserAccount.class)
                .setParameter("loginId", loginId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new EJBAccessException("No user behind the caller"));
        if (user.getOrganization() == null) {
            throw new EJBAccessException("The caller belongs to no organisation");
        }
        return user.getOrganization();
    }

    public long id() {
        return get().getId();
    }
}
