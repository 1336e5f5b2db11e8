package jp.kojo.registration.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.kojo.account.control.PasswordHasher;
import jp.kojo.audit.control.AuditTarget;
import jp.kojo.audit.control.AuditTrail;
import jp.kojo.audit.entity.AuditAction;
import jp.kojo.organization.entity.Organization;
import jp.kojo.platform.Roles;
import jp.kojo.registration.control.InitialPasswordRule;
import jp.kojo.registration.control.RegistrationCounters;
import jp.kojo.registration.entity.InitialPassword;

/**
 * 初期パスワード登録: a bank operator registers, for an existing contract, the initial password from the
 * organisation's paper form. Recorded with who, when and the form's reference; a new one replaces the one
 * before (and lifts its lockout). The password is kept as a hash only and never shown again.
 */
@Stateless
@RolesAllowed(Roles.BANK_OPERATOR)
public class InitialPasswords {
    static final int MAX_REFERENCE = 200;
    static final int LIST_SIZE = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RegistrationCounters counters;

    @Resource
    SessionContext context;

    @Inject
    AuditTrail audit;

    public InitialPasswordResult register(String contractNumber, char[] password, char[] confirmation, String reference) {
        Optional<Organization> organization = Registration.findOrganization(em, contractNumber);
        if (organization.isEmpty()) {
            return InitialPasswordResult.refused(InitialPasswordOutcome.NO_SUCH_CONTRACT);
        }
        if (!InitialPasswordRule.acceptableForm(password)) {
            return InitialPasswordResult.refused(InitialPasswordOutcome.PASSWORD_FORM);
        }
        if (confirmation == null || !Arrays.equals(password, confirmation)) {
            return InitialPasswordResult.refused(InitialPasswordOutcome.CONFIRMATION_MISMATCH);
        }
        if (reference == null || reference.isBlank()) {
            return InitialPasswordResult.refused(InitialPasswordOutcome.REFERENCE_MISSING);
        }
        if (Registration.masterExists(em, organization.get().getId())) {
            return InitialPasswordResult.refused(InitialPasswordOutcome.MASTER_EXISTS);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        counters.supersedeInitialPasswords(organization.get().getId(), now);
        String why = reference.strip();
        InitialPassword registered = new InitialPassword(organization.get(), PasswordHasher.hash(password),
                why.length() > MAX_REFERENCE ? why.substring(0, MAX_REFERENCE) : why,
                context.getCallerPrincipal().getName(), now);
        em.persist(registered);
        // The form's reference is the reason the bank acted: it is both on the audit record.
        audit.record(AuditAction.INITIAL_PASSWORD_REGISTERED, AuditTarget.organization(organization.get().getId(),
                organization.get().getContractNumber()), why, why, "expires " + registered.getExpiresAt());
        return new InitialPasswordResult(InitialPasswordOutcome.REGISTERED, organization.get().getContractNumber(),
                organization.get().getName(), registered.getExpiresAt());
    }

    /** The newest registrations, newest first. */
    public List<InitialPasswordView> recent() {
        LocalDateTime now = LocalDateTime.now(clock);
        return em.createNamedQuery(InitialPassword.RECENT, InitialPassword.class).setMaxResults(LIST_SIZE)
                .getResultList().stream().map(p -> new InitialPasswordView(p.getOrganization().getContractNumber(),
                        p.getOrganization().getName(), p.getReference(), p.getRegisteredBy(), p.getRegisteredAt(),
                        p.getExpiresAt(), p.getFailedAttempts(), state(p, now))).toList();
    }

    private static String state(InitialPassword p, LocalDateTime now) {
        if (p.getUsedAt() != null) {
            return "USED";
        }
        if (p.getSupersededAt() != null) {
            return "SUPERSEDED";
        }
        if (p.getLockedAt() != null) {
            return "LOCKED";
        }
        return now.isBefore(p.getExpiresAt()) ? "LIVE" : "EXPIRED";
    }
}
