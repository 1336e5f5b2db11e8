package jp.kojo.reminder.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A reminder sent to an organisation for a cycle: unique per organisation, cycle and kind. */
@Entity
@Table(name = "reminder_sent")
public class ReminderSent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "organization_id")
    private Long organizationId;
    @Column(name = "cycle_id")
    private Long cycleId;
    @Enumerated(EnumType.STRING)
    private ReminderKind kind;
    private int recipients;
    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    protected ReminderSent() {
    }

    public ReminderSent(long organizationId, long cycleId, ReminderKind kind, LocalDateTime sentAt) {
        this.organizationId = organizationId;
        this.cycleId = cycleId;
        this.kind = kind;
        this.sentAt = sentAt;
    }

    public void sentTo(int recipients) {
        this.recipients = recipients;
    }

    public Long getId() { return id; }
    public int getRecipients() { return recipients; }
}
