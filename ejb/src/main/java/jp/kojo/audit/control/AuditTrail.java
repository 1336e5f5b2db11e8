package jp.kojo.audit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;
import jp.kojo.account.entity.UserAccount;
import jp.kojo.audit.entity.AuditAction;
import jp.kojo.audit.entity.AuditEvent;

/**
 * The one way to write the audit log: called by a boundary inside the transaction of the act, so the act and its
 * record commit or roll back together. Who is the caller (login id and role), when is the injected clock's now.
 */
@Dependent
public class AuditTrail {
    @PersistenceContext
    EntityManager em;

    @Inject
    Principal principal;

    @Inject
    Clock clock;

    /**
     * Records the act. A bank act without a reason is a programming error (the boundary refuses such a request
     * before acting), so it fails the transaction rather than write an incomplete record.
     */
    public void record(AuditAction action, AuditTarget target, String reason, String reference, String details) {
        if (AuditRule.reasonMissing(action, reason)) {
            throw new IllegalArgumentException("A reason is required to record " + action);
        }
        String actor = principal.getName();
        String role = em.createNamedQuery(UserAccount.BY_LOGIN_ID, UserAccount.class)
                .setParameter("loginId", actor)
                .getResultStream().findFirst().map(u -> u.getRole().name()).orElse("SYSTEM");
        AuditTarget t = target == null ? AuditTarget.NONE : target;
        em.persist(new AuditEvent(LocalDateTime.now(clock), actor, role, action, t.organizationId(), t.contractNumber(),
                t.loginId(), t.cycleId(), t.noticeId(), AuditRule.fit(reason, AuditRule.MAX_REASON),
                AuditRule.fit(reference, AuditRule.MAX_REFERENCE), AuditRule.fit(details, AuditRule.MAX_DETAILS)));
    }
}
