package jp.kojo.certificate.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.kojo.account.control.CallerAccount;
import jp.kojo.account.entity.UserAccount;
import jp.kojo.account.entity.UserAdminEvent;
import jp.kojo.account.entity.UserRole;
import jp.kojo.audit.control.AuditTarget;
import jp.kojo.audit.control.AuditTrail;
import jp.kojo.audit.entity.AuditAction;
import jp.kojo.certificate.control.CertificateRenewalRule;
import jp.kojo.certificate.control.CertificateRevoker;
import jp.kojo.certificate.control.RevocationMail;
import jp.kojo.certificate.entity.ClientCertificate;
import jp.kojo.certificate.entity.RevocationReason;
import jp.kojo.organization.entity.Organization;
import jp.kojo.platform.Roles;

/**
 * 電子証明書の失効: a user revokes its own certificate (e.g. before a PC change), a master a general user's of
 * its own organisation, the bank a master's on a paper request (電子証明書失効依頼書) with its reference. Each
 * revocation records who, when and why, publishes a new CRL, mails the holder, and ends the holder's sessions
 * at their next request. A user the caller may not revoke for answers exactly like an unknown one.
 */
@Stateless
public class CertificateRevocations {
    static final int RECENT = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccount caller;

    @Inject
    CertificateRevoker revoker;

    @Inject
    Clock clock;

    @Inject
    RevocationMail mail;

    @Inject
    AuditTrail audit;

    /** The caller's own live certificate, if it has one. */
    @RolesAllowed({Roles.ORG_USER, Roles.BANK_OPERATOR, Roles.BATCH_ADMIN})
    public Optional<CertificateView> own() {
        return live(caller.get());
    }

    /** 失効 of the caller's own certificates: the session it is in ends at its next request. */
    @RolesAllowed({Roles.ORG_USER, Roles.BANK_OPERATOR, Roles.BATCH_ADMIN})
    public RevocationOutcome revokeOwn(String reason) {
        UserAccount user = caller.get();
        return revoke(Optional.of(user), RevocationReason.USER_REQUEST, reason, null, false);
    }

    /** The caller organisation's users that are not deleted, with their live certificates, the master first. */
    @RolesAllowed(Roles.ORG_MASTER)
    public List<CertificateHolderView> organizationHolders() {
        Organization organization = caller.get().getOrganization();
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.organization = :org AND u.deletedAt IS NULL",
                        UserAccount.class)
                .setParameter("org", organization)
                .getResultStream()
                .sorted(Comparator.comparing((UserAccount u) -> u.getRole() != UserRole.MASTER)
                        .thenComparing(UserAccount::getLoginId))
                .map(this::holder)
                .toList();
    }

    /** The master revokes a general user's certificate of its own organisation. */
    @RolesAllowed(Roles.ORG_MASTER)
    public RevocationOutcome revokeGeneralUser(String loginId, String reason) {
        UserAccount master = caller.get();
        long organizationId = master.getOrganization().getId();
        Optional<UserAccount> user = find(loginId).filter(u -> u.getRole() == UserRole.GENERAL
                && u.getOrganization() != null && u.getOrganization().getId() == organizationId);
        RevocationOutcome outcome = revoke(user, RevocationReason.MASTER, reason, null, false);
        if (outcome == RevocationOutcome.REVOKED) {
            // Also on the master's record of its acts on users (ユーザー管理).
            em.persist(new UserAdminEvent(organizationId, master.getLoginId(), user.get().getLoginId(),
                    UserAdminEvent.Action.CERTIFICATE_REVOKED, reason.strip(), LocalDateTime.now(clock)));
        }
        return outcome;
    }

    /** The masters of a contract with their live certificates (empty for an unknown contract number). */
    @RolesAllowed(Roles.BANK_OPERATOR)
    public List<CertificateHolderView> masters(String contractNumber) {
        if (contractNumber == null || contractNumber.isBlank()) {
            return List.of();
        }
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.organization.contractNumber = :contract "
                        + "AND u.role = :role AND u.deletedAt IS NULL ORDER BY u.loginId", UserAccount.class)
                .setParameter("contract", contractNumber.strip())
                .setParameter("role", UserRole.MASTER)
                .getResultStream().map(this::holder).toList();
    }

    /** The bank revokes a master's certificate on its paper request, whose reference is recorded. */
    @RolesAllowed(Roles.BANK_OPERATOR)
    public RevocationOutcome revokeMaster(String loginId, String reference, String reason) {
        Optional<UserAccount> master = find(loginId).filter(u -> u.getRole() == UserRole.MASTER);
        List<String> serials = master.map(u -> revoker.live(u).stream().map(ClientCertificate::getSerialHex).toList())
                .orElse(List.of());
        RevocationOutcome outcome = revoke(master, RevocationReason.BANK_REQUEST, reason, reference, true);
        if (outcome == RevocationOutcome.REVOKED) {
            Organization organization = master.get().getOrganization();
            audit.record(AuditAction.MASTER_CERTIFICATE_REVOKED, AuditTarget.organization(organization.getId(),
                    organization.getContractNumber()).user(master.get().getLoginId()), reason, reference,
                    "serial " + String.join(",", serials));
        }
        return outcome;
    }

    /** The newest revocations of every organisation's certificates, for the bank's record. */
    @RolesAllowed(Roles.BANK_OPERATOR)
    public List<RevocationView> recentRevocations() {
        return em.createQuery("SELECT c FROM ClientCertificate c WHERE c.revokedAt IS NOT NULL "
                        + "ORDER BY c.revokedAt DESC, c.id DESC", ClientCertificate.class)
                .setMaxResults(RECENT)
                .getResultStream()
                .map(c -> new RevocationView(c.getUser().getLoginId(),
                        c.getUser().getOrganization() == null ? null : c.getUser().getOrganization().getContractNumber(),
                        c.getSerialHex(), c.getRevokedAt(), c.getRevokedBy(),
                        c.getRevocationReason() == null ? null : c.getRevocationReason().name(), c.getRevocationNote(),
                        c.getRevocationReference()))
                .toList();
    }

    private RevocationOutcome revoke(Optional<UserAccount> user, RevocationReason why, String reason, String reference,
                                     boolean referenceNeeded) {
        if (user.isEmpty() || user.get().isDeleted()) {
            return RevocationOutcome.NO_SUCH_USER;
        }
        if (reason == null || reason.isBlank()) {
            return RevocationOutcome.REASON_MISSING;
        }
        if (referenceNeeded && (reference == null || reference.isBlank())) {
            return RevocationOutcome.REFERENCE_MISSING;
        }
        if (revoker.live(user.get()).isEmpty()) {
            return RevocationOutcome.NO_CERTIFICATE;
        }
        revoker.revokeAll(user.get(), caller.get().getLoginId(), why, reason, reference);
        mail.send(user.get(), why, LocalDateTime.now(clock));
        return RevocationOutcome.REVOKED;
    }

    private CertificateHolderView holder(UserAccount user) {
        Organization organization = user.getOrganization();
        return new CertificateHolderView(user.getLoginId(), user.getDisplayName(), user.getRole().name(),
                organization == null ? null : organization.getContractNumber(),
                organization == null ? null : organization.getName(), live(user).orElse(null));
    }

    private Optional<CertificateView> live(UserAccount user) {
        LocalDateTime now = LocalDateTime.now(clock);
        return revoker.live(user).stream().findFirst().map(c -> new CertificateView(user.getLoginId(), c.getSerialHex(),
                c.getFingerprintSha256(), c.getNotBefore(), c.getNotAfter(),
                CertificateRenewalRule.opensOn(c.getNotAfter()), CertificateRenewalRule.renewable(c.getNotAfter(), now)));
    }

    private Optional<UserAccount> find(String loginId) {
        if (loginId == null || loginId.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(UserAccount.BY_LOGIN_ID, UserAccount.class)
                .setParameter("loginId", loginId.strip())
                .getResultStream().findFirst();
    }
}
