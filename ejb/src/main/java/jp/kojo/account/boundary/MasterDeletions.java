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
import java.util.Optional;
import jp.kojo.account.control.AccountNotice;
import jp.kojo.account.control.CallerAccount;
import jp.kojo.account.entity.UserAccount;
import jp.kojo.account.entity.UserRole;
import jp.kojo.audit.control.AuditTarget;
import jp.kojo.audit.control.AuditTrail;
import jp.kojo.audit.entity.AuditAction;
import jp.kojo.certificate.control.CertificateRevoker;
import jp.kojo.certificate.entity.RevocationReason;
import jp.kojo.organization.entity.Organization;
import jp.kojo.platform.Roles;

/**
 * マスターユーザー削除依頼 (bank operators): on the organisation's paper request the bank deletes its master as a
 * master deletes a general user — soft (the login id stays taken for ever), its certificates revoked, its history
 * kept. The contract has no master then, so the bank can register a new initial password for a new one.
 */
@Stateless
@RolesAllowed(Roles.BANK_OPERATOR)
public class MasterDeletions {
    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CertificateRevoker revoker;

    @Inject
    AuditTrail audit;

    @Inject
    CallerAccount caller;

    @Inject
    Event<AccountNotice> notices;

    public MasterDeletionOutcome delete(String loginId, String reference, String reason) {
        Optional<UserAccount> master = loginId == null || loginId.isBlank() ? Optional.empty()
                : em.createNamedQuery(UserAccount.BY_LOGIN_ID, UserAccount.class)
                .setParameter("loginId", loginId.strip())
                .getResultStream().findFirst()
                .filter(u -> u.getRole() == UserRole.MASTER && !u.isDeleted());
        if (master.isEmpty()) {
            return MasterDeletionOutcome.NO_SUCH_MASTER;
        }
        if (reference == null || reference.isBlank()) {
            return MasterDeletionOutcome.REFERENCE_MISSING;
        }
        if (reason == null || reason.isBlank()) {
            return MasterDeletionOutcome.REASON_MISSING;
        }
        // Under the user's row lock, so a login or a second deletion at the same moment waits for this one.
        UserAccount user = em.find(UserAccount.class, master.get().getId(), LockModeType.PESSIMISTIC_WRITE);
        if (user.isDeleted()) {
            return MasterDeletionOutcome.NO_SUCH_MASTER;
        }
        int revoked = revoker.revokeAll(user, caller.get().getLoginId(), RevocationReason.USER_DELETED, reason.strip(),
                reference.strip());
        user.delete(LocalDateTime.now(clock));
        Organization organization = user.getOrganization();
        audit.record(AuditAction.MASTER_DELETED, AuditTarget.organization(organization.getId(),
                organization.getContractNumber()).user(user.getLoginId()), reason, reference,
                "certificates revoked " + revoked);
        notices.fire(new AccountNotice(AccountNotice.Kind.MASTER_DELETED, user.getEmail(), user.getDisplayName(),
                user.getLoginId(), LocalDateTime.now(clock), reference.strip()));
        return MasterDeletionOutcome.DELETED;
    }
}
