package jp.kojo.notice.control;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.kojo.notice.entity.Audience;
import jp.kojo.notice.entity.Notice;
import jp.kojo.organization.entity.ServiceKind;

/** Which notice a viewer sees at a given time, and in which order. */
public final class NoticeRules {
    /** Newest first; among notices published at the same moment, the later created first. */
    public static final Comparator<Notice> NEWEST_FIRST = Comparator.comparing(Notice::getPublishAt)
            .thenComparing(Notice::getId, Comparator.nullsFirst(Comparator.naturalOrder())).reversed();

    private NoticeRules() {
    }

    /** The audiences a viewer belongs to. */
    public static Set<Audience> audiencesOf(Viewer viewer) {
        return switch (viewer) {
            case ANONYMOUS -> EnumSet.of(Audience.PUBLIC);
            case MEMBER -> EnumSet.of(Audience.PUBLIC, Audience.ORGANIZATIONS, Audience.MEMBERS, Audience.SERVICE);
            case EMPLOYER -> EnumSet.of(Audience.PUBLIC, Audience.ORGANIZATIONS, Audience.EMPLOYERS, Audience.SERVICE);
            case BANK -> EnumSet.allOf(Audience.class);
        };
    }

    /** Published (publish time reached) and not yet withdrawn (withdraw time, when set, still ahead). */
    public static boolean isShownAt(Notice notice, LocalDateTime now) {
        return !notice.getPublishAt().isAfter(now)
                && (notice.getWithdrawAt() == null || notice.getWithdrawAt().isAfter(now));
    }

    /** For a viewer without services (anonymous, the bank, or an organisation without any). */
    public static boolean isVisible(Notice notice, Viewer viewer, LocalDateTime now) {
        return isVisible(notice, viewer, Set.of(), now);
    }

    /**
     * Whether the viewer, whose organisation has these services, sees the notice now: its audience is the viewer's,
     * and a SERVICE notice's service is one of the organisation's (the bank sees them all).
     */
    public static boolean isVisible(Notice notice, Viewer viewer, Set<ServiceKind> services, LocalDateTime now) {
        if (!audiencesOf(viewer).contains(notice.getAudience()) || !isShownAt(notice, now)) {
            return false;
        }
        return notice.getAudience() != Audience.SERVICE || viewer == Viewer.BANK
                || services.contains(notice.getServiceKind());
    }

    /** The notices the viewer sees now, newest first. */
    public static List<Notice> visible(List<Notice> candidates, Viewer viewer, LocalDateTime now) {
        return visible(candidates, viewer, Set.of(), now);
    }

    public static List<Notice> visible(List<Notice> candidates, Viewer viewer, Set<ServiceKind> services,
                                       LocalDateTime now) {
        return candidates.stream().filter(n -> isVisible(n, viewer, services, now)).sorted(NEWEST_FIRST).toList();
    }
}
