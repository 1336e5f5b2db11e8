package jp.kojo.notice.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kojo.audit.control.AuditTarget;
import jp.kojo.audit.control.AuditTrail;
import jp.kojo.audit.entity.AuditAction;
import jp.kojo.notice.control.NoticeFormRule;
import jp.kojo.notice.entity.Audience;
import jp.kojo.notice.entity.Notice;
import jp.kojo.organization.entity.ServiceKind;
import jp.kojo.platform.Roles;

/**
 * お知らせ管理 (bank operators): create, change and withdraw notices. The public page and the menu show a notice
 * from its publish time until its withdraw time to its audience ({@link NoticeBoard}). Every act is audited.
 */
@Stateless
@RolesAllowed(Roles.BANK_OPERATOR)
public class NoticeAdministration {
    static final int LIST_SIZE = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Principal principal;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** The newest notices of every audience and state, newest publish time first. */
    public List<NoticeAdminView> notices() {
        LocalDateTime now = LocalDateTime.now(clock);
        return em.createQuery("SELECT n FROM Notice n ORDER BY n.publishAt DESC, n.id DESC", Notice.class)
                .setMaxResults(LIST_SIZE).getResultStream()
                .map(n -> new NoticeAdminView(n.getId(), n.getTitle(), n.getAudience().name(),
                        n.getServiceKind() == null ? null : n.getServiceKind().name(), n.getPublishAt(),
                        n.getWithdrawAt(), NoticeFormRule.state(n, now), n.getCreatedBy(), n.getChangedBy(),
                        n.getChangedAt()))
                .toList();
    }

    public Optional<NoticeForm> notice(long id) {
        return Optional.ofNullable(em.find(Notice.class, id)).map(n -> new NoticeForm(n.getId(), n.getTitle(),
                n.getBody(), n.getAudience().name(), n.getServiceKind() == null ? null : n.getServiceKind().name(),
                n.getPublishAt(), n.getWithdrawAt()));
    }

    /** Creates (id null) or changes a notice. */
    public NoticeSaveResult save(NoticeForm form, String reason) {
        List<NoticeProblem> problems = new ArrayList<>(NoticeFormRule.check(form, reason));
        Notice existing = form.id() == null ? null : em.find(Notice.class, form.id(), LockModeType.PESSIMISTIC_WRITE);
        if (form.id() != null && existing == null) {
            problems.add(new NoticeProblem("id", NoticeProblem.Problem.REQUIRED));
        }
        if (!problems.isEmpty()) {
            return NoticeSaveResult.refused(problems);
        }
        Audience audience = NoticeFormRule.audience(form.audience()).orElseThrow();
        ServiceKind service = audience == Audience.SERVICE ? NoticeFormRule.service(form.service()).orElseThrow() : null;
        LocalDateTime now = LocalDateTime.now(clock);
        String by = principal.getName();
        Notice notice;
        if (existing == null) {
            notice = new Notice(form.title().strip(), form.body().strip(), audience, form.publishAt(), form.withdrawAt(),
                    by, now).forService(service);
            em.persist(notice);
            em.flush();
        } else {
            notice = existing;
            notice.change(form.title().strip(), form.body().strip(), audience, service, form.publishAt(),
                    form.withdrawAt(), by, now);
        }
        audit.record(existing == null ? AuditAction.NOTICE_CREATED : AuditAction.NOTICE_CHANGED,
                AuditTarget.notice(notice.getId()), reason, null, describe(notice));
        return new NoticeSaveResult(notice.getId(), List.of());
    }

    /** 掲載終了: the notice is shown no more from now on. */
    public NoticeSaveResult withdraw(long id, String reason) {
        Notice notice = em.find(Notice.class, id, LockModeType.PESSIMISTIC_WRITE);
        List<NoticeProblem> problems = new ArrayList<>();
        if (notice == null) {
            problems.add(new NoticeProblem("id", NoticeProblem.Problem.REQUIRED));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new NoticeProblem("reason", NoticeProblem.Problem.REQUIRED));
        }
        if (!problems.isEmpty()) {
            return NoticeSaveResult.refused(problems);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        notice.withdraw(principal.getName(), now);
        audit.record(AuditAction.NOTICE_WITHDRAWN, AuditTarget.notice(id), reason, null, describe(notice));
        return new NoticeSaveResult(id, List.of());
    }

    private static String describe(Notice n) {
        return n.getTitle() + " [" + n.getAudience() + (n.getServiceKind() == null ? "" : ":" + n.getServiceKind())
                + "] " + n.getPublishAt() + " - " + (n.getWithdrawAt() == null ? "" : n.getWithdrawAt());
    }
}
