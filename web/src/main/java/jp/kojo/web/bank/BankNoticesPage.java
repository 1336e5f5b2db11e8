package jp.kojo.web.bank;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kojo.notice.boundary.NoticeAdminView;
import jp.kojo.notice.boundary.NoticeAdministration;
import jp.kojo.notice.boundary.NoticeForm;
import jp.kojo.notice.boundary.NoticeProblem;
import jp.kojo.notice.boundary.NoticeSaveResult;
import jp.kojo.web.common.Messages;

/**
 * お知らせ管理 (bank operators): the notices with their state, and one notice's form (new, or {@code ?id=N}) to save
 * or withdraw. A refused save keeps what was typed and names each field.
 */
@Named
@ViewScoped
public class BankNoticesPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final List<String> AUDIENCES = List.of("PUBLIC", "ORGANIZATIONS", "MEMBERS", "EMPLOYERS", "SERVICE");
    static final List<String> SERVICES = List.of("LUMP_SUM", "PAYROLL", "COLLECTIVE_SAVINGS", "ZAIKEI");

    @EJB
    NoticeAdministration notices;

    private Long requestedId;
    private Long id;
    private String title;
    private String body;
    private String audience;
    private String service;
    private LocalDateTime publishAt;
    private LocalDateTime withdrawAt;
    private String reason;
    private final Map<String, String> errors = new HashMap<>();

    public List<NoticeAdminView> getNotices() {
        return notices.notices();
    }

    public List<String> getAudiences() {
        return AUDIENCES;
    }

    public List<String> getServices() {
        return SERVICES;
    }

    public void load() {
        if (requestedId != null) {
            notices.notice(requestedId).ifPresentOrElse(this::fill, () -> Messages.error("notices.notFound"));
        }
    }

    public void save() {
        NoticeSaveResult result = notices.save(new NoticeForm(id, title, body, audience, service, publishAt, withdrawAt),
                reason);
        if (result.saved()) {
            Messages.info(id == null ? "notices.created" : "notices.changed", title.strip());
            id = result.id();
            reason = null;
            errors.clear();
        } else {
            show(result);
        }
    }

    public void withdraw() {
        if (id == null) {
            return;
        }
        NoticeSaveResult result = notices.withdraw(id, reason);
        if (result.saved()) {
            Messages.info("notices.withdrawn", title);
            notices.notice(id).ifPresent(this::fill);
        } else {
            show(result);
        }
    }

    private void show(NoticeSaveResult result) {
        errors.clear();
        for (NoticeProblem problem : result.problems()) {
            String field = Messages.text("notices.field." + problem.field());
            String text = Messages.text("notices.problem." + problem.problem().name());
            errors.put(problem.field(), text);
            Messages.error("org.fieldProblem", field, text);
        }
    }

    private void fill(NoticeForm form) {
        errors.clear();
        id = form.id();
        title = form.title();
        body = form.body();
        audience = form.audience();
        service = form.service();
        publishAt = form.publishAt();
        withdrawAt = form.withdrawAt();
        reason = null;
    }

    public String fieldClass(String field) {
        return errors.containsKey(field) ? "kojo-invalid" : "";
    }

    public Map<String, String> getErrors() { return errors; }
    public Long getRequestedId() { return requestedId; }
    public void setRequestedId(Long requestedId) { this.requestedId = requestedId; }
    public Long getId() { return id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getAudience() { return audience; }
    public void setAudience(String audience) { this.audience = audience; }
    public String getService() { return service; }
    public void setService(String service) { this.service = service; }
    public LocalDateTime getPublishAt() { return publishAt; }
    public void setPublishAt(LocalDateTime publishAt) { this.publishAt = publishAt; }
    public LocalDateTime getWithdrawAt() { return withdrawAt; }
    public void setWithdrawAt(LocalDateTime withdrawAt) { this.withdrawAt = withdrawAt; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
