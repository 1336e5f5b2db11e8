package jp.kojo.notice.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import jp.kojo.notice.entity.Audience;
import jp.kojo.notice.entity.Notice;
import jp.kojo.organization.entity.ServiceKind;
import org.junit.jupiter.api.Test;

class NoticeRulesTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 10, 0);

    private static Notice notice(String title, Audience audience, LocalDateTime publishAt, LocalDateTime withdrawAt) {
        return new Notice(title, "本文", audience, publishAt, withdrawAt, "bank01", publishAt);
    }

    @Test
    void publishedNoticeIsShownFromItsPublishTimeOn() {
        assertTrue(NoticeRules.isShownAt(notice("a", Audience.PUBLIC, NOW, null), NOW));
        assertTrue(NoticeRules.isShownAt(notice("a", Audience.PUBLIC, NOW.minusDays(30), null), NOW));
        assertFalse(NoticeRules.isShownAt(notice("a", Audience.PUBLIC, NOW.plusSeconds(1), null), NOW));
    }

    @Test
    void withdrawnNoticeIsHiddenFromItsWithdrawTimeOn() {
        assertTrue(NoticeRules.isShownAt(notice("a", Audience.PUBLIC, NOW.minusDays(2), NOW.plusSeconds(1)), NOW));
        assertFalse(NoticeRules.isShownAt(notice("a", Audience.PUBLIC, NOW.minusDays(2), NOW), NOW));
        assertFalse(NoticeRules.isShownAt(notice("a", Audience.PUBLIC, NOW.minusDays(2), NOW.minusDays(1)), NOW));
    }

    @Test
    void visitorsWhoAreNotLoggedInSeeOnlyPublicNotices() {
        LocalDateTime published = NOW.minusDays(1);
        assertTrue(NoticeRules.isVisible(notice("a", Audience.PUBLIC, published, null), Viewer.ANONYMOUS, NOW));
        for (Audience audience : List.of(Audience.ORGANIZATIONS, Audience.MEMBERS, Audience.EMPLOYERS)) {
            assertFalse(NoticeRules.isVisible(notice("a", audience, published, null), Viewer.ANONYMOUS, NOW), audience.name());
        }
    }

    @Test
    void membersAndEmployersSeeTheirOwnAndCommonNoticesButNotTheOthers() {
        LocalDateTime published = NOW.minusDays(1);
        Notice members = notice("m", Audience.MEMBERS, published, null);
        Notice employers = notice("e", Audience.EMPLOYERS, published, null);
        Notice organisations = notice("o", Audience.ORGANIZATIONS, published, null);
        Notice everyone = notice("p", Audience.PUBLIC, published, null);

        assertTrue(NoticeRules.isVisible(members, Viewer.MEMBER, NOW));
        assertFalse(NoticeRules.isVisible(employers, Viewer.MEMBER, NOW));
        assertTrue(NoticeRules.isVisible(employers, Viewer.EMPLOYER, NOW));
        assertFalse(NoticeRules.isVisible(members, Viewer.EMPLOYER, NOW));
        for (Viewer viewer : List.of(Viewer.MEMBER, Viewer.EMPLOYER, Viewer.BANK)) {
            assertTrue(NoticeRules.isVisible(organisations, viewer, NOW), viewer.name());
            assertTrue(NoticeRules.isVisible(everyone, viewer, NOW), viewer.name());
        }
    }

    @Test
    void bankStaffSeeEveryAudienceButStillNotFutureOrWithdrawnNotices() {
        assertTrue(NoticeRules.isVisible(notice("m", Audience.MEMBERS, NOW.minusDays(1), null), Viewer.BANK, NOW));
        assertTrue(NoticeRules.isVisible(notice("e", Audience.EMPLOYERS, NOW.minusDays(1), null), Viewer.BANK, NOW));
        assertFalse(NoticeRules.isVisible(notice("f", Audience.PUBLIC, NOW.plusDays(1), null), Viewer.BANK, NOW));
        assertFalse(NoticeRules.isVisible(notice("w", Audience.PUBLIC, NOW.minusDays(9), NOW.minusDays(1)), Viewer.BANK, NOW));
    }

    @Test
    void visibleListIsNewestFirstAndLeavesOutWhatTheViewerMayNotSee() {
        List<Notice> all = List.of(
                notice("old", Audience.PUBLIC, NOW.minusDays(20), null),
                notice("members", Audience.MEMBERS, NOW.minusDays(3), null),
                notice("newest", Audience.PUBLIC, NOW.minusHours(1), null),
                notice("withdrawn", Audience.PUBLIC, NOW.minusDays(5), NOW.minusDays(1)),
                notice("future", Audience.PUBLIC, NOW.plusDays(7), null),
                notice("middle", Audience.ORGANIZATIONS, NOW.minusDays(10), null));

        assertEquals(List.of("newest", "old"), titles(NoticeRules.visible(all, Viewer.ANONYMOUS, NOW)));
        assertEquals(List.of("newest", "members", "middle", "old"), titles(NoticeRules.visible(all, Viewer.MEMBER, NOW)));
        assertEquals(List.of("newest", "middle", "old"), titles(NoticeRules.visible(all, Viewer.EMPLOYER, NOW)));
    }

    private static List<String> titles(List<Notice> notices) {
        return notices.stream().map(Notice::getTitle).toList();
    }

    @Test
    void aServiceNoticeIsSeenOnlyByOrganisationsWithThatServiceAndByTheBank() {
        Notice zaikei = notice("z", Audience.SERVICE, NOW.minusDays(1), null).forService(ServiceKind.ZAIKEI);
        assertTrue(NoticeRules.isVisible(zaikei, Viewer.EMPLOYER, Set.of(ServiceKind.ZAIKEI), NOW));
        assertTrue(NoticeRules.isVisible(zaikei, Viewer.MEMBER, Set.of(ServiceKind.LUMP_SUM, ServiceKind.ZAIKEI), NOW));
        assertFalse(NoticeRules.isVisible(zaikei, Viewer.EMPLOYER, Set.of(ServiceKind.PAYROLL), NOW));
        assertFalse(NoticeRules.isVisible(zaikei, Viewer.MEMBER, Set.of(), NOW));
        assertFalse(NoticeRules.isVisible(zaikei, Viewer.ANONYMOUS, Set.of(ServiceKind.ZAIKEI), NOW));
        assertTrue(NoticeRules.isVisible(zaikei, Viewer.BANK, Set.of(), NOW));
        Notice withdrawn = notice("w", Audience.SERVICE, NOW.minusDays(2), NOW).forService(ServiceKind.ZAIKEI);
        assertFalse(NoticeRules.isVisible(withdrawn, Viewer.EMPLOYER, Set.of(ServiceKind.ZAIKEI), NOW));
    }
}
