package jp.kojo.notice.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import jp.kojo.notice.boundary.NoticeForm;
import jp.kojo.notice.boundary.NoticeProblem;
import jp.kojo.notice.boundary.NoticeProblem.Problem;
import jp.kojo.notice.entity.Audience;
import jp.kojo.notice.entity.Notice;
import org.junit.jupiter.api.Test;

class NoticeFormRuleTest {
    private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 1, 9, 0);

    @Test
    void aCompleteNoticeHasNoProblem() {
        assertEquals(List.of(), NoticeFormRule.check(new NoticeForm(null, "件名", "本文", "PUBLIC", null, AT, AT.plusDays(7)),
                "年末のご案内"));
        assertEquals(List.of(), NoticeFormRule.check(new NoticeForm(null, "件名", "本文", "SERVICE", "ZAIKEI", AT, null), "財形"));
    }

    @Test
    void everyMissingFieldIsNamed() {
        List<NoticeProblem> problems = NoticeFormRule.check(new NoticeForm(null, " ", null, "", null, null, null), "");
        assertEquals(List.of(new NoticeProblem("title", Problem.REQUIRED), new NoticeProblem("body", Problem.REQUIRED),
                new NoticeProblem("audience", Problem.REQUIRED), new NoticeProblem("publishAt", Problem.REQUIRED),
                new NoticeProblem("reason", Problem.REQUIRED)), problems);
    }

    @Test
    void aServiceNoticeNeedsItsServiceAndTheEndComesAfterTheStart() {
        assertEquals(List.of(new NoticeProblem("service", Problem.SERVICE_REQUIRED)),
                NoticeFormRule.check(new NoticeForm(null, "件名", "本文", "SERVICE", "", AT, null), "r"));
        assertEquals(List.of(new NoticeProblem("withdrawAt", Problem.WITHDRAW_BEFORE_PUBLISH)),
                NoticeFormRule.check(new NoticeForm(null, "件名", "本文", "PUBLIC", null, AT, AT), "r"));
        assertEquals(List.of(new NoticeProblem("audience", Problem.UNKNOWN_AUDIENCE)),
                NoticeFormRule.check(new NoticeForm(null, "件名", "本文", "EVERYBODY", null, AT, null), "r"));
        assertEquals(List.of(new NoticeProblem("body", Problem.TOO_LONG)),
                NoticeFormRule.check(new NoticeForm(null, "件名", "あ".repeat(4001), "PUBLIC", null, AT, null), "r"));
    }

    @Test
    void stateFollowsThePublishAndWithdrawTimes() {
        Notice scheduled = new Notice("a", "b", Audience.PUBLIC, AT.plusHours(1), null, "bank01", AT);
        Notice shown = new Notice("a", "b", Audience.PUBLIC, AT, AT.plusHours(1), "bank01", AT);
        Notice withdrawn = new Notice("a", "b", Audience.PUBLIC, AT.minusDays(1), AT, "bank01", AT);
        assertEquals("SCHEDULED", NoticeFormRule.state(scheduled, AT));
        assertEquals("SHOWN", NoticeFormRule.state(shown, AT));
        assertEquals("WITHDRAWN", NoticeFormRule.state(withdrawn, AT));
        assertTrue(NoticeFormRule.service("PAYROLL").isPresent());
    }
}
