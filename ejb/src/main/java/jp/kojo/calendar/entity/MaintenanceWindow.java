package jp.kojo.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** システムメンテナンス: a period in which organisations cannot use the service (Tokyo local time). */
@Entity
@Table(name = "maintenance_window")
@NamedQuery(name = MaintenanceWindow.ENDING_AFTER,
        query = "SELECT w FROM MaintenanceWindow w WHERE w.endsAt > :time ORDER BY w.startsAt")
public class MaintenanceWindow {
    public static final String ENDING_AFTER = "MaintenanceWindow.endingAfter";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "starts_at")
    private LocalDateTime startsAt;
    @Column(name = "ends_at")
    private LocalDateTime endsAt;
    private String reason;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private LocalDateTime createdAt;

    protected MaintenanceWindow() {
    }

    public MaintenanceWindow(LocalDateTime startsAt, LocalDateTime endsAt, String reason, String createdBy,
                             LocalDateTime createdAt) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.reason = reason;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public String getReason() { return reason; }
    public String getCreatedBy() { return createdBy; }
}
