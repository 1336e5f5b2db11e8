package jp.kojo.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kojo.account.control.AccountNotice;
import jp.kojo.account.control.AccountNoticeText;
import jp.kojo.account.control.CallerAccount;
import jp.kojo.account.control.PasswordHasher;
import jp.kojo.account.control.RightsRule;
import jp.kojo.account.control.TemporaryPasswords;
import jp.kojo.account.control.UserFormRule;
import jp.kojo.account.entity.ServiceRight;
import jp.kojo.account.entity.UserAccount;
import jp.kojo.account.entity.UserAdminEvent;
import jp.kojo.account.entity.UserRole;
import jp.kojo.certificate.control.CertificateRevoker;
import jp.kojo.certificate.entity.RevocationReason;
import jp.kojo.organization.entity.Organization;
import jp.kojo.organization.entity.ServiceKind;
import jp.kojo.platform.Roles;

/**
 * ユーザー管理: the master's own organisation's general users — create (with a temporary password shown once),
 * rights per service, lock, password reset, delete (its certificates revoked with it). Every act is recorded.
 * Another organisation's user, a master or a deleted user answers exactly like an unknown login id.
 */
@Stateless
@RolesAllowed(Roles.ORG_MASTER)
public class OrganizationUsers {
    static final int MAX_REASON = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccount caller;

    @Inject
    Clock clock;

    @Inject
    CertificateRevoker revoker;

    @Inject
    Event<AccountNotice> notices;

    /** The services of the caller's contract, in a fixed order. */
    public List<ServiceKind> contractedServices() {
        return caller.get().getOrganization().getServices().stream().sorted().toList();
    }

    /** The organisation's users that are not deleted, the master first. */
    public List<OrganizationUserView> users() {
        Organization organization = caller.get().getOrganization();
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.organization = :org AND u.deletedAt IS NULL",
                        UserAccount.class)
                .setParameter("org", organization)
                .getResultList().stream()
                .sorted(Comparator.comparing((UserAccount u) -> u.getRole() != UserRole.MASTER).thenComparing(UserAccount::getLoginId))
                .map(u -> view(u, organization.getServices()))
                .toList();
    }

    public Optional<OrganizationUserView> user(String loginId) {
        Organization organization = caller.get().getOrganization();
        return general(loginId).map(u -> view(u, organization.getServices()));
    }

    public UserChangeResult create(String loginId, String displayName, String email, List<ServiceAccess> rights) {
        UserAccount master = caller.get();
        String id = loginId == null ? null : loginId.strip();
        UserChange invalid = UserFormRule.check(id, displayName, email == null ? null : email.strip());
        if (invalid != null) {
            return UserChangeResult.refused(invalid);
        }
        Organization organization = em.find(Organization.class, master.getOrganization().getId(),
                LockModeType.PESSIMISTIC_WRITE);
        Set<ServiceRight> granted = rights(rights, organization.getServices());
        if (granted == null) {
            return UserChangeResult.refused(UserChange.SERVICE_NOT_CONTRACTED);
        }
        // Counted under the organisation's row lock: two masters' tabs cannot both add the 19th user.
        long generals = em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.organization = :org "
                        + "AND u.role = :role AND u.deletedAt IS NULL", Long.class)
                .setParameter("org", organization).setParameter("role", UserRole.GENERAL).getSingleResult();
        if (!RightsRule.roomForAnotherGeneralUser(generals)) {
            return UserChangeResult.refused(UserChange.TOO_MANY_USERS);
        }
        if (!em.createNamedQuery(UserAccount.BY_LOGIN_ID, UserAccount.class).setParameter("loginId", id)
                .getResultList().isEmpty()) {
            return UserChangeResult.refused(UserChange.LOGIN_ID_TAKEN);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String temporary = TemporaryPasswords.generate();
        UserAccount user = new UserAccount(id, organization, UserRole.GENERAL, displayName.strip(), email.strip(),
                PasswordHasher.hash(temporary.toCharArray()), now);
        LocalDateTime expires = now.plus(TemporaryPasswords.VALIDITY);
        user.setTemporaryPassword(user.getPasswordHash(), now, expires);
        user.replaceRights(granted);
        em.persist(user);
        record(master, id, UserAdminEvent.Action.CREATED, describe(granted));
        notify(user, AccountNotice.Kind.USER_CREATED, now, AccountNoticeText.describe(granted));
        return new UserChangeResult(UserChange.DONE, temporary, expires);
    }

    public UserChange changeRights(String loginId, List<ServiceAccess> rights) {
        UserAccount master = caller.get();
        Optional<UserAccount> user = general(loginId);
        if (user.isEmpty()) {
            return UserChange.NO_SUCH_USER;
        }
        Set<ServiceRight> granted = rights(rights, master.getOrganization().getServices());
        if (granted == null) {
            return UserChange.SERVICE_NOT_CONTRACTED;
        }
        user.get().replaceRights(granted);
        record(master, user.get().getLoginId(), UserAdminEvent.Action.RIGHTS_CHANGED, describe(granted));
        notify(user.get(), AccountNotice.Kind.RIGHTS_CHANGED, LocalDateTime.now(clock), AccountNoticeText.describe(granted));
        return UserChange.DONE;
    }

    /** ロック: the user cannot log in, and a live session ends at its next request, until unlocked. */
    public UserChange lock(String loginId, String reason) {
        UserAccount master = caller.get();
        Optional<UserAccount> user = general(loginId);
        if (user.isEmpty()) {
            return UserChange.NO_SUCH_USER;
        }
        if (reason == null || reason.isBlank()) {
            return UserChange.REASON_MISSING;
        }
        if (user.get().isLocked()) {
            return UserChange.ALREADY_LOCKED;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        user.get().lock(now);
        record(master, user.get().getLoginId(), UserAdminEvent.Action.LOCKED, reason(reason));
        notify(user.get(), AccountNotice.Kind.LOCKED, now, reason(reason));
        return UserChange.DONE;
    }

    /** パスワード初期化: a new temporary password (valid 7 days), which also lifts a lockout. */
    public UserChangeResult resetPassword(String loginId) {
        UserAccount master = caller.get();
        Optional<UserAccount> user = general(loginId);
        if (user.isEmpty()) {
            return UserChangeResult.refused(UserChange.NO_SUCH_USER);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String temporary = TemporaryPasswords.generate();
        LocalDateTime expires = now.plus(TemporaryPasswords.VALIDITY);
        user.get().setTemporaryPassword(PasswordHasher.hash(temporary.toCharArray()), now, expires);
        record(master, user.get().getLoginId(), UserAdminEvent.Action.PASSWORD_RESET, null);
        notify(user.get(), AccountNotice.Kind.PASSWORD_RESET, now, null);
        return new UserChangeResult(UserChange.DONE, temporary, expires);
    }

    /** 削除: the user cannot log in any more, its certificates are revoked; its history stays. */
    public UserChange delete(String loginId, String reason) {
        UserAccount master = caller.get();
        Optional<UserAccount> user = general(loginId);
        if (user.isEmpty()) {
            return UserChange.NO_SUCH_USER;
        }
        if (reason == null || reason.isBlank()) {
            return UserChange.REASON_MISSING;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        revoker.revokeAll(user.get(), master.getLoginId(), RevocationReason.USER_DELETED, reason, null);
        user.get().delete(now);
        record(master, user.get().getLoginId(), UserAdminEvent.Action.DELETED, reason(reason));
        notify(user.get(), AccountNotice.Kind.DELETED, now, null);
        return UserChange.DONE;
    }

    /** The organisation's recorded acts on users, newest first (at most 100). */
    public List<UserAdminEventView> events() {
        return em.createQuery("SELECT e FROM UserAdminEvent e WHERE e.organizationId = :org ORDER BY e.occurredAt DESC, e.id DESC",
                        UserAdminEvent.class)
                .setParameter("org", caller.get().getOrganization().getId())
                .setMaxResults(100)
                .getResultStream()
                .map(e -> new UserAdminEventView(e.getOccurredAt(), e.getActor(), e.getTargetLoginId(),
                        e.getAction().name(), e.getDetail()))
                .toList();
    }

    /** A general user of the caller's organisation that is not deleted. */
    private Optional<UserAccount> general(String loginId) {
        if (loginId == null || loginId.isBlank()) {
            return Optional.empty();
        }
        long organizationId = caller.get().getOrganization().getId();
        return em.createNamedQuery(UserAccount.BY_LOGIN_ID, UserAccount.class)
                .setParameter("loginId", loginId.strip())
                .getResultStream().findFirst()
                .filter(u -> u.getRole() == UserRole.GENERAL && !u.isDeleted()
                        && u.getOrganization() != null && u.getOrganization().getId() == organizationId);
    }

    /** The grants as stored, or null when one names a service outside the contract. */
    private static Set<ServiceRight> rights(List<ServiceAccess> rights, Set<ServiceKind> contracted) {
        Set<ServiceRight> granted = new HashSet<>();
        for (ServiceAccess access : rights == null ? List.<ServiceAccess>of() : rights) {
            ServiceAccess normal = RightsRule.normal(access.service(), access.view(), access.update(), access.send());
            if (!normal.view()) {
                continue;
            }
            if (!contracted.contains(access.service())) {
                return null;
            }
            granted.add(new ServiceRight(access.service(), normal.view(), normal.update(), normal.send()));
        }
        return granted;
    }

    private static String describe(Set<ServiceRight> granted) {
        return granted.stream().sorted(Comparator.comparing(ServiceRight::getService))
                .map(r -> r.getService() + ":" + (r.isView() ? "V" : "") + (r.isUpdate() ? "U" : "") + (r.isSend() ? "S" : ""))
                .collect(Collectors.joining(" "));
    }

    private static String reason(String reason) {
        String why = reason.strip();
        return why.length() > MAX_REASON ? why.substring(0, MAX_REASON) : why;
    }

    private void record(UserAccount master, String target, UserAdminEvent.Action action, String detail) {
        em.persist(new UserAdminEvent(master.getOrganization().getId(), master.getLoginId(), target, action, detail,
                LocalDateTime.now(clock)));
    }

    /** Mailed to the user once the act has committed. */
    private void notify(UserAccount user, AccountNotice.Kind kind, LocalDateTime at, String detail) {
        notices.fire(new AccountNotice(kind, user.getEmail(), user.getDisplayName(), user.getLoginId(), at, detail));
    }

    private static OrganizationUserView view(UserAccount user, Set<ServiceKind> contracted) {
        Map<ServiceKind, ServiceAccess> access = RightsRule.effective(user.getRole(), contracted, user.getRights());
        List<ServiceAccess> rights = EnumSet.copyOf(contracted.isEmpty() ? EnumSet.noneOf(ServiceKind.class) : contracted)
                .stream().map(access::get).toList();
        return new OrganizationUserView(user.getLoginId(), user.getDisplayName(), user.getEmail(), user.getRole().name(),
                user.isLocked(), user.getLockedAt(), user.isPasswordMustChange(), user.getTemporaryPasswordExpiresAt(),
                rights);
    }
}
