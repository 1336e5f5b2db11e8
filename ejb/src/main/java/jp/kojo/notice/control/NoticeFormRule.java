package jp.kojo.notice.control;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.kojo.notice.boundary.NoticeForm;
import jp.kojo.notice.boundary.NoticeProblem;
import jp.kojo.notice.boundary.NoticeProblem.Problem;
import jp.kojo.notice.entity.Audience;
import jp.kojo.notice.entity.Notice;
import jp.kojo.organization.entity.ServiceKind;

/**
 * What the bank may save as a notice: title (200) and body (4,000) required, a known audience, a service for the
 * SERVICE audience, a publish time, a withdraw time after it when given, and a reason.
 */
public final class NoticeFormRule {
    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 4000;

    private NoticeFormRule() {
    }

    public static List<NoticeProblem> check(NoticeForm form, String reason) {
        List<NoticeProblem> problems = new ArrayList<>();
        text(problems, "title", form.title(), MAX_TITLE);
        text(problems, "body", form.body(), MAX_BODY);
        Optional<Audience> audience = audience(form.audience());
        if (form.audience() == null || form.audience().isBlank()) {
            problems.add(new NoticeProblem("audience", Problem.REQUIRED));
        } else if (audience.isEmpty()) {
            problems.add(new NoticeProblem("audience", Problem.UNKNOWN_AUDIENCE));
        } else if (audience.get() == Audience.SERVICE && service(form.service()).isEmpty()) {
            problems.add(new NoticeProblem("service", Problem.SERVICE_REQUIRED));
        }
        if (form.publishAt() == null) {
            problems.add(new NoticeProblem("publishAt", Problem.REQUIRED));
        } else if (form.withdrawAt() != null && !form.withdrawAt().isAfter(form.publishAt())) {
            problems.add(new NoticeProblem("withdrawAt", Problem.WITHDRAW_BEFORE_PUBLISH));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new NoticeProblem("reason", Problem.REQUIRED));
        }
        return problems;
    }

    public static Optional<Audience> audience(String name) {
        for (Audience a : Audience.values()) {
            if (a.name().equals(name == null ? null : name.strip())) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    public static Optional<ServiceKind> service(String name) {
        for (ServiceKind s : ServiceKind.values()) {
            if (s.name().equals(name == null ? null : name.strip())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** 掲載予定 (not yet), 掲載中 (shown), 掲載終了 (withdrawn) at {@code now}. */
    public static String state(Notice notice, LocalDateTime now) {
        if (notice.getPublishAt().isAfter(now)) {
            return "SCHEDULED";
        }
        return NoticeRules.isShownAt(notice, now) ? "SHOWN" : "WITHDRAWN";
    }

    private static void text(List<NoticeProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new NoticeProblem(field, Problem.REQUIRED));
        } else if (value.strip().length() > max) {
            problems.add(new NoticeProblem(field, Problem.TOO_LONG));
        }
    }
}
