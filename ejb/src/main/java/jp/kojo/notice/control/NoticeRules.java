package jp.kojo.notice.control;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.kojo.notice.entity.Audience;
import jp.kojo.notice.entity.Notice;

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
            case MEMBER -> EnumSet.of(Audience.PUBLIC, Audience.ORGANIZATIONS, Audience.MEMBERS);
            case EMPLOYER -> EnumSet.of(Audience.PUBLIC, Audience.ORGANIZATIONS, Audience.EMPLOYERS);
            case BANK -> EnumSet.allOf(Audience.class);
        };
    }

    /** Published (publish time reached) and not yet withdrawn (withdraw time, when set, still ahead). */
    public static boolean isShownAt(Notice notice, LocalDateTime now) {
        return !notice.getPublishAt().isAfter(now)
                && (notice.getWithdrawAt() == null || notice.getWithdrawAt().isAfter(now));
    }

    public static boolean isVisible(Notice notice, Viewer viewer, LocalDateTime now) {
        return audiencesOf(viewer).contains(notice.getAudience()) && isShownAt(notice, now);
    }

    /** The notices the viewer sees now, newest first. */
    public static List<Notice> visible(List<Notice> candidates, Viewer viewer, LocalDateTime now) {
        return candidates.stream().filter(n -> isVisible(n, viewer, now)).sorted(NEWEST_FIRST).toList();
    }
}
