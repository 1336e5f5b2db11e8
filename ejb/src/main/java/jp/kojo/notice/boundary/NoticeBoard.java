package jp.kojo.notice.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import jp.kojo.account.entity.UserAccount;
import jp.kojo.notice.control.NoticeRules;
import jp.kojo.notice.control.Viewer;
import jp.kojo.notice.entity.Notice;
import jp.kojo.organization.entity.OrganizationType;
import jp.kojo.organization.entity.ServiceKind;

/**
 * お知らせ: the notices a visitor may read now. Public pages call it without a caller and get the public
 * notices; after login the caller's organisation type decides. Open to everyone, hence {@code @PermitAll}.
 */
@Stateless
@PermitAll
public class NoticeBoard {
    private static final int LIST_LIMIT = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Principal principal;

    @Inject
    Clock clock;

    /** The notices for everyone, newest first: the public front page. */
    public List<NoticeSummary> publicNotices() {
        return summaries(Viewer.ANONYMOUS, Set.of());
    }

    /** The notices for the caller (anonymous callers get the public ones), newest first: the menu. */
    public List<NoticeSummary> callerNotices() {
        return summaries(viewer(), viewerServices());
    }

    /** One notice, if the caller may read it now; otherwise exactly as if it did not exist. */
    public NoticeView notice(long id) {
        Notice notice = em.find(Notice.class, id);
        if (notice == null || !NoticeRules.isVisible(notice, viewer(), viewerServices(), LocalDateTime.now(clock))) {
            throw new NoSuchNoticeException(id);
        }
        return new NoticeView(notice.getId(), notice.getPublishAt(), notice.getTitle(), notice.getBody(),
                notice.getAudience().name());
    }

    private List<NoticeSummary> summaries(Viewer viewer, Set<ServiceKind> services) {
        LocalDateTime now = LocalDateTime.now(clock);
        // The database narrows to what is shown now; the rules class is the one that decides.
        List<Notice> candidates = em.createQuery("SELECT n FROM Notice n WHERE n.publishAt <= :now "
                        + "AND (n.withdrawAt IS NULL OR n.withdrawAt > :now) AND n.audience IN :audiences", Notice.class)
                .setParameter("now", now)
                .setParameter("audiences", NoticeRules.audiencesOf(viewer))
                .getResultList();
        return NoticeRules.visible(candidates, viewer, services, now).stream().limit(LIST_LIMIT)
                .map(n -> new NoticeSummary(n.getId(), n.getPublishAt(), n.getTitle(), n.getAudience().name()))
                .toList();
    }

    /** The services of the caller's organisation; none for an anonymous caller or the bank. */
    private Set<ServiceKind> viewerServices() {
        UserAccount user = caller();
        return user == null || user.getOrganization() == null ? Set.of() : user.getOrganization().getServices();
    }

    private UserAccount caller() {
        String loginId = principal == null ? null : principal.getName();
        if (loginId == null) {
            return null;
        }
        return em.createNamedQuery(UserAccount.BY_LOGIN_ID, UserAccount.class)
                .setParameter("loginId", loginId)
                .getResultStream().findFirst().orElse(null);
    }

    private Viewer viewer() {
        UserAccount user = caller();
        if (user == null) {
            return Viewer.ANONYMOUS;
        }
        if (user.getOrganization() == null) {
            return Viewer.BANK;
        }
        return user.getOrganization().getType() == OrganizationType.MEMBER ? Viewer.MEMBER : Viewer.EMPLOYER;
    }
}
