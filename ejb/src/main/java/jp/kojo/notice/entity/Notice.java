package jp.kojo.notice.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import jp.kojo.organization.entity.ServiceKind;

/** お知らせ: a dated notice for an audience, shown from its publish time until it is withdrawn. */
@Entity
@Table(name = "notice")
public class Notice {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    /** Plain text; line breaks are kept, markup never interpreted. */
    private String body;
    @Enumerated(EnumType.STRING)
    private Audience audience;
    @Column(name = "publish_at")
    private LocalDateTime publishAt;
    @Column(name = "withdraw_at")
    private LocalDateTime withdrawAt;
    /** The service of a SERVICE notice; null for the other audiences. */
    @Enumerated(EnumType.STRING)
    @Column(name = "service_kind")
    private ServiceKind serviceKind;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "changed_by")
    private String changedBy;
    @Column(name = "changed_at")
    private LocalDateTime changedAt;

    protected Notice() {
    }

    public Notice(String title, String body, Audience audience, LocalDateTime publishAt, LocalDateTime withdrawAt,
                  String createdBy, LocalDateTime createdAt) {
        this.title = title;
        this.body = body;
        this.audience = audience;
        this.publishAt = publishAt;
        this.withdrawAt = withdrawAt;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public Audience getAudience() { return audience; }
    public LocalDateTime getPublishAt() { return publishAt; }
    public LocalDateTime getWithdrawAt() { return withdrawAt; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public ServiceKind getServiceKind() { return serviceKind; }
    public String getChangedBy() { return changedBy; }
    public LocalDateTime getChangedAt() { return changedAt; }

    /** For the SERVICE audience: the service whose organisations see it. */
    public Notice forService(ServiceKind service) {
        this.serviceKind = service;
        return this;
    }

    /** The bank edits the notice (お知らせ管理). */
    public void change(String title, String body, Audience audience, ServiceKind service, LocalDateTime publishAt,
                       LocalDateTime withdrawAt, String by, LocalDateTime at) {
        this.title = title;
        this.body = body;
        this.audience = audience;
        this.serviceKind = service;
        this.publishAt = publishAt;
        this.withdrawAt = withdrawAt;
        this.changedBy = by;
        this.changedAt = at;
    }

    /** 掲載終了: shown no more from {@code at} on. */
    public void withdraw(String by, LocalDateTime at) {
        this.withdrawAt = at;
        this.changedBy = by;
        this.changedAt = at;
    }
}
