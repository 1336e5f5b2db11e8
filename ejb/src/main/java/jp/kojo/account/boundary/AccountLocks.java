package jp.kojo.account.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import jp.kojo.account.control.AccountNotice;
import jp.kojo.account.control.CallerOrganization;
import jp.kojo.account.entity.AccountUnlock;
import jp.kojo.account.entity.UserAccount;
import jp.kojo.account.entity.UserAdminEvent;
import jp.kojo.account.entity.UserRole;
import jp.kojo.audit.control.AuditTarget;
import jp.kojo.audit.control.AuditTrail;
import jp.kojo.audit.entity.AuditAction;
import jp.kojo.platform.Roles;

/**
 * ロック解除: a master lifts the lockout of its own organisation's general users, the bank that of masters.
 * Every unlock is audited (who, when, which user, why).
 */
@Stateless
public class AccountLocks {
    static final int MAX_REASON = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerOrganization callerOrganization;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    @Inject
    Event<AccountNotice> notices;

    @Inject
    AuditTrail audit;

    /** The users of the caller's organisation, masters first. */
    @RolesAllowed(Roles.ORG_MASTER)
    public List<AccountView> organizationUsers() {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.organization.id = :org ORDER BY u.role DESC, u.loginId",
                        UserAccount.class)
                .setParameter("org", callerOrganization.id())
                .getResultList().stream().map(AccountLocks::view).toList();
    }

    @RolesAllowed(Roles.ORG_MASTER)
    public UnlockOutcome unlockGeneralUser(String loginId, String reason) {
        long organizationId = callerOrganization.id();
        UnlockOutcome outcome = unlock(find(loginId).filter(u -> u.getRole() == UserRole.GENERAL && !u.isDeleted()
                && u.getOrganization().getId() == organizationId), reason);
        if (outcome == UnlockOutcome.UNLOCKED) {
            // Also on the master's record of its acts on users (ユーザー管理).
            em.persist(new UserAdminEvent(organizationId, context.getCallerPrincipal().getName(), loginId.strip(),
                    UserAdminEvent.Action.UNLOCKED, reason.strip(), LocalDateTime.now(clock)));
        }
        return outcome;
    }

    /** The organisations' masters that are locked now. */
    @RolesAllowed(Roles.BANK_OPERATOR)
    public List<AccountView> lockedMasters() {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.role = :role AND u.lockedAt IS NOT NULL "
                        + "ORDER BY u.loginId", UserAccount.class)
                .setParameter("role", UserRole.MASTER)
                .getResultList().stream().map(AccountLocks::view).toList();
    }

    @RolesAllowed(Roles.BANK_OPERATOR)
    public UnlockOutcome unlockMaster(String loginId, String reason) {
        Optional<UserAccount> master = find(loginId).filter(u -> u.getRole() == UserRole.MASTER);
        int failedAttempts = master.map(UserAccount::getFailedAttempts).orElse(0);
        UnlockOutcome outcome = unlock(master, reason);
        if (outcome == UnlockOutcome.UNLOCKED) {
            UserAccount user = master.get();
            audit.record(AuditAction.MASTER_UNLOCKED, AuditTarget.organization(user.getOrganization().getId(),
                    user.getOrganization().getContractNumber()).user(user.getLoginId()), reason, null,
                    "failed attempts " + failedAttempts);
        }
        return outcome;
    }

    private UnlockOutcome unlock(Optional<UserAccount> user, String reason) {
        if (user.isEmpty()) {
            return UnlockOutcome.NO_SUCH_USER;
        }
        if (reason == null || reason.isBlank()) {
            return UnlockOutcome.REASON_MISSING;
        }
        if (!user.get().isLocked()) {
            return UnlockOutcome.NOT_LOCKED;
        }
        String why = reason.strip();
        LocalDateTime now = LocalDateTime.now(clock);
        em.persist(new AccountUnlock(user.get(), context.getCallerPrincipal().getName(),
                why.length() > MAX_REASON ? why.substring(0, MAX_REASON) : why, now));
        user.get().unlock();
        notices.fire(new AccountNotice(AccountNotice.Kind.UNLOCKED, user.get().getEmail(), user.get().getDisplayName(),
                user.get().getLoginId(), now, null));
        return UnlockOutcome.UNLOCKED;
    }

    private Optional<UserAccount> find(String loginId) {
        if (loginId == null || loginId.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(UserAccount.BY_LOGIN_ID, UserAccount.class)
                .setParameter("loginId", loginId.strip())
                .getResultStream().findFirst();
    }

    private static AccountView view(UserAccount user) {
        return new AccountView(user.getLoginId(), user.getDisplayName(), user.getRole().name(), user.isLocked(),
                user.getLockedAt(), user.getFailedAttempts());
    }
}
