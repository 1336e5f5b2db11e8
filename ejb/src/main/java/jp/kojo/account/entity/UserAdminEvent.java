package jp.kojo.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A master's act on a user of its organisation: created, rights changed, locked, password reset, deleted. */
@Entity
@Table(name = "user_admin_event")
public class UserAdminEvent {
    public enum Action { CREATED, RIGHTS_CHANGED, LOCKED, UNLOCKED, PASSWORD_RESET, DELETED, CERTIFICATE_REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "organization_id")
    private long organizationId;
    private String actor;
    @Column(name = "target_login_id")
    private String targetLoginId;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Action action;
    private String detail;
    @Column(name = "occurred_at")
    private LocalDateTime occurredAt;

    protected UserAdminEvent() {
    }

    public UserAdminEvent(long organizationId, String actor, String targetLoginId, Action action, String detail,
                          LocalDateTime occurredAt) {
        this.organizationId = organizationId;
        this.actor = actor;
        this.targetLoginId = targetLoginId;
        this.action = action;
        this.detail = detail == null || detail.length() <= 300 ? detail : detail.substring(0, 300);
        this.occurredAt = occurredAt;
    }

    public String getActor() { return actor; }
    public String getTargetLoginId() { return targetLoginId; }
    public Action getAction() { return action; }
    public String getDetail() { return detail; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
}
