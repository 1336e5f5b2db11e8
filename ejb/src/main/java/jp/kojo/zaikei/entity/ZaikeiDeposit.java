package jp.kojo.zaikei.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import jp.kojo.deduction.entity.CycleStatus;

/**
 * 預入明細書: an employer's deposit statement for one deposit date, built from a savings statement. Its status moves
 * as a deduction cycle's does ({@link CycleStatus}: ISSUED, IN_PROGRESS, APPROVED, SENT); sent, it is frozen.
 */
@Entity
@Table(name = "zaikei_deposit")
public class ZaikeiDeposit {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "organization_id")
    private long organizationId;
    @Column(name = "statement_id")
    private Long statementId;
    @Column(name = "deposit_date")
    private LocalDate depositDate;
    @Column(name = "send_by")
    private LocalDate sendBy;
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
    @Column(name = "export_file")
    private String exportFile;
    @Column(name = "exported_at")
    private LocalDateTime exportedAt;

    protected ZaikeiDeposit() {
    }

    public ZaikeiDeposit(long organizationId, long statementId, LocalDate depositDate, LocalDate sendBy) {
        this.organizationId = organizationId;
        this.statementId = statementId;
        this.depositDate = depositDate;
        this.sendBy = sendBy;
        this.status = CycleStatus.ISSUED;
    }

    public void changed(CycleStatus next, String by, LocalDateTime at) {
        status = next;
        lastChangedBy = by;
        lastChangedAt = at;
        approvedBy = null;
        approvedAt = null;
        approvedAlone = false;
    }

    public void approved(String by, boolean alone, LocalDateTime at) {
        status = CycleStatus.APPROVED;
        approvedBy = by;
        approvedAlone = alone;
        approvedAt = at;
    }

    public void sent(String by, LocalDateTime at) {
        status = CycleStatus.SENT;
        sentBy = by;
        sentAt = at;
    }

    public Long getId() { return id; }
    public long getOrganizationId() { return organizationId; }
    public Long getStatementId() { return statementId; }
    public LocalDate getDepositDate() { return depositDate; }
    public LocalDate getSendBy() { return sendBy; }
    public CycleStatus getStatus() { return status; }
    public long getVersion() { return version; }
    public String getLastChangedBy() { return lastChangedBy; }
    public LocalDateTime getLastChangedAt() { return lastChangedAt; }
    public String getApprovedBy() { return approvedBy; }
    public LocalDateTime getApprovedAt() { return approvedAt; }
    public boolean isApprovedAlone() { return approvedAlone; }
    public String getSentBy() { return sentBy; }
    public LocalDateTime getSentAt() { return sentAt; }
    public String getExportFile() { return exportFile; }
    public LocalDateTime getExportedAt() { return exportedAt; }
}
