package jp.kojo.zaikei.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import jp.kojo.deduction.entity.CycleKind;

/** お積立明細書: one employer's savings statement of one monthly or bonus run, as the host sent it. */
@Entity
@Table(name = "zaikei_statement")
public class ZaikeiStatement {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "organization_id")
    private long organizationId;
    @Column(name = "year_month")
    private String yearMonth;
    @Enumerated(EnumType.STRING)
    @Column(name = "run_kind")
    private CycleKind runKind;
    @Column(name = "deposit_date")
    private LocalDate depositDate;
    @Column(name = "file_id")
    private Long fileId;
    @Column(name = "loaded_at")
    private LocalDateTime loadedAt;

    protected ZaikeiStatement() {
    }

    public ZaikeiStatement(long organizationId, YearMonth yearMonth, CycleKind runKind, LocalDate depositDate,
                           LocalDateTime loadedAt) {
        this.organizationId = organizationId;
        this.yearMonth = yearMonth.toString();
        this.runKind = runKind;
        this.depositDate = depositDate;
        this.loadedAt = loadedAt;
    }

    public Long getId() { return id; }
    public long getOrganizationId() { return organizationId; }
    public YearMonth getYearMonth() { return YearMonth.parse(yearMonth); }
    public CycleKind getRunKind() { return runKind; }
    public LocalDate getDepositDate() { return depositDate; }
    public Long getFileId() { return fileId; }
    public LocalDateTime getLoadedAt() { return loadedAt; }
}
