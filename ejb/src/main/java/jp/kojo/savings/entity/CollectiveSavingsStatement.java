package jp.kojo.savings.entity;

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

/** 一斉積立内訳明細表: one union's union-wide savings breakdown of one monthly or bonus run, as the host sent it. */
@Entity
@Table(name = "collective_savings_statement")
public class CollectiveSavingsStatement {
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
    @Column(name = "savings_date")
    private LocalDate savingsDate;
    @Column(name = "file_id")
    private Long fileId;
    @Column(name = "loaded_at")
    private LocalDateTime loadedAt;

    protected CollectiveSavingsStatement() {
    }

    public CollectiveSavingsStatement(long organizationId, YearMonth yearMonth, CycleKind runKind, LocalDate savingsDate,
                                      LocalDateTime loadedAt) {
        this.organizationId = organizationId;
        this.yearMonth = yearMonth.toString();
        this.runKind = runKind;
        this.savingsDate = savingsDate;
        this.loadedAt = loadedAt;
    }

    public Long getId() { return id; }
    public long getOrganizationId() { return organizationId; }
    public YearMonth getYearMonth() { return YearMonth.parse(yearMonth); }
    public CycleKind getRunKind() { return runKind; }
    public LocalDate getSavingsDate() { return savingsDate; }
    public Long getFileId() { return fileId; }
    public LocalDateTime getLoadedAt() { return loadedAt; }
}
