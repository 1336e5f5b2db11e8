package jp.kojo.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** 監査ログ: one act — who (login id and role), when, what, on what, why. Never changed once written. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "occurred_at")
    private LocalDateTime occurredAt;
    @Column(name = "actor_login_id")
    private String actorLoginId;
    @Column(name = "actor_role")
    private String actorRole;
    @Enumerated(EnumType.STRING)
    private AuditAction action;
    @Column(name = "organization_id")
    private Long organizationId;
    @Column(name = "contract_number")
    private String contractNumber;
    @Column(name = "target_login_id")
    private String targetLoginId;
    @Column(name = "target_cycle_id")
    private Long targetCycleId;
    @Column(name = "target_notice_id")
    private Long targetNoticeId;
    private String reason;
    private String reference;
    private String details;

    protected AuditEvent() {
    }

    public AuditEvent(LocalDateTime occurredAt, String actorLoginId, String actorRole, AuditAction action,
                      Long organizationId, String contractNumber, String targetLoginId, Long targetCycleId,
                      Long targetNoticeId, String reason, String reference, String details) {
        this.occurredAt = occurredAt;
        this.actorLoginId = actorLoginId;
        this.actorRole = actorRole;
        this.action = action;
        this.organizationId = organizationId;
        this.contractNumber = contractNumber;
        this.targetLoginId = targetLoginId;
        this.targetCycleId = targetCycleId;
        this.targetNoticeId = targetNoticeId;
        this.reason = reason;
        this.reference = reference;
        this.details = details;
    }

    public Long getId() { return id; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public String getActorLoginId() { return actorLoginId; }
    public String getActorRole() { return actorRole; }
    public AuditAction getAction() { return action; }
    public Long getOrganizationId() { return organizationId; }
    public String getContractNumber() { return contractNumber; }
    public String getTargetLoginId() { return targetLoginId; }
    public Long getTargetCycleId() { return targetCycleId; }
    public Long getTargetNoticeId() { return targetNoticeId; }
    public String getReason() { return reason; }
    public String getReference() { return reference; }
    public String getDetails() { return details; }

}
