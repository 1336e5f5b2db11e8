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
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private LocalDateTime createdAt;

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
}
