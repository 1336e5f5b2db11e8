package jp.kojo.deduction.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One organisation's part of a cycle (まとめ入金): its payment date, the cut-off for sending, where it stands,
 * and who approved, sent and reopened it. Made the first time the organisation opens the cycle.
 */
@Entity
@Table(name = "organization_cycle")
@NamedQuery(name = OrganizationCycle.OF, query = "SELECT o FROM OrganizationCycle o "
        + "WHERE o.organizationId = :org AND o.cycle.id = :cycle")
public class OrganizationCycle {
    public static final String OF = "OrganizationCycle.of";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "organization_id")
    private Long organizationId;
    @ManyToOne(optional = false)
    @JoinColumn(name = "cycle_id")
    private DeductionCycle cycle;
    @Column(name = "payment_date")
    private LocalDate paymentDate;
    @Column(name = "cut_off_date")
    private LocalDate cutOffDate;
    @Enumerated(EnumType.STRING)
    private CycleStatus status;
    @Version
    private long version;
    @Column(name = "last_changed_by")
    private String lastChangedBy;
    @Column(name = "last_changed_at")
    private LocalDateTime lastChangedAt;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "approved_at")
    private LocalDateTime approvedAt;
    @Column(name = "approved_alone")
    private boolean approvedAlone;
    @Column(name = "sent_by")
    private String sentBy;
    @Column(name = "sent_at")
    private LocalDateTime sentAt;
    @Column(name = "reopened_by")
    private String reopenedBy;
    @Column(name = "reopened_at")
    private LocalDateTime reopenedAt;
    @Column(name = "reopen_reason")
    private String reopenReason;

    protected OrganizationCycle() {
    }

    public OrganizationCycle(Long organizationId, DeductionCycle cycle, LocalDate paymentDate, LocalDate cutOffDate) {
        this.organizationId = organizationId;
        this.cycle = cycle;
        this.paymentDate = paymentDate;
        this.cutOffDate = cutOffDate;
        this.status = CycleStatus.ISSUED;
    }

    /** A line changed: the status the workflow gives, and an approval withdrawn. */
    public void changed(CycleStatus next, String by, LocalDateTime at) {
        this.status = next;
        this.lastChangedBy = by;
        this.lastChangedAt = at;
        withdrawApproval();
    }

    public void approved(String by, boolean alone, LocalDateTime at) {
        this.status = CycleStatus.APPROVED;
        this.approvedBy = by;
        this.approvedAlone = alone;
        this.approvedAt = at;
    }

    public void sent(CycleStatus next, String by, LocalDateTime at) {
        this.status = next;
        this.sentBy = by;
        this.sentAt = at;
    }

    public void reopened(CycleStatus next, String by, String reason, LocalDateTime at) {
        this.status = next;
        this.reopenedBy = by;
        this.reopenReason = reason;
        this.reopenedAt = at;
        withdrawApproval();
    }

    private void withdrawApproval() {
        this.approvedBy = null;
        this.approvedAt = null;
        this.approvedAlone = false;
    }

    public Long getId() { return id; }
    public Long getOrganizationId() { return organizationId; }
    public DeductionCycle getCycle() { return cycle; }
    public LocalDate getPaymentDate() { return paymentDate; }
    public LocalDate getCutOffDate() { return cutOffDate; }
    public CycleStatus getStatus() { return status; }
    public long getVersion() { return version; }
    public String getLastChangedBy() { return lastChangedBy; }
    public LocalDateTime getLastChangedAt() { return lastChangedAt; }
    public String getApprovedBy() { return approvedBy; }
    public LocalDateTime getApprovedAt() { return approvedAt; }
    public boolean isApprovedAlone() { return approvedAlone; }
    public String getSentBy() { return sentBy; }
    public LocalDateTime getSentAt() { return sentAt; }
    public String getReopenedBy() { return reopenedBy; }
    public LocalDateTime getReopenedAt() { return reopenedAt; }
    public String getReopenReason() { return reopenReason; }
}
