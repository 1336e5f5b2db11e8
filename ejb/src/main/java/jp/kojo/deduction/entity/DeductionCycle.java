package jp.kojo.deduction.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.YearMonth;

/** 控除サイクル: one monthly or bonus run, shared by all organisations. */
@Entity
@Table(name = "deduction_cycle")
public class DeductionCycle {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "year_month")
    private String yearMonth;
    @Enumerated(EnumType.STRING)
    private CycleKind kind;
    @Column(name = "deduction_date")
    private LocalDate deductionDate;

    protected DeductionCycle() {
    }

    public DeductionCycle(YearMonth yearMonth, CycleKind kind, LocalDate deductionDate) {
        this.yearMonth = yearMonth.toString();
        this.kind = kind;
        this.deductionDate = deductionDate;
    }

    public Long getId() { return id; }
    public YearMonth getYearMonth() { return YearMonth.parse(yearMonth); }
    public CycleKind getKind() { return kind; }
    public LocalDate getDeductionDate() { return deductionDate; }
}
