package jp.kojo.zaikei.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A line of a sent deposit statement, kept as it was sent. */
@Entity
@Table(name = "zaikei_deposit_line")
public class ZaikeiDepositLine {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "deposit_id")
    private long depositId;
    @Column(name = "line_number")
    private int lineNumber;
    @Column(name = "savings_contract")
    private String savingsContract;
    @Column(name = "person_number")
    private String personNumber;
    @Column(name = "name_kana")
    private String nameKana;
    @Column(name = "birth_date")
    private java.time.LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "savings_kind")
    private ZaikeiKind kind;
    @Column(name = "previous_monthly")
    private long previousMonthly;
    @Column(name = "previous_bonus")
    private long previousBonus;
    @Column(name = "monthly_amount")
    private long monthly;
    @Column(name = "bonus_amount")
    private long bonus;
    private boolean stopped;
    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind")
    private ZaikeiChangeKind change;

    protected ZaikeiDepositLine() {
    }

    public ZaikeiDepositLine(long depositId, int lineNumber, String savingsContract, String personNumber,
                             String nameKana, java.time.LocalDate birthDate, ZaikeiKind kind, long previousMonthly, long previousBonus, long monthly,
                             long bonus, boolean stopped, ZaikeiChangeKind change) {
        this.depositId = depositId;
        this.lineNumber = lineNumber;
        this.savingsContract = savingsContract;
        this.personNumber = personNumber;
        this.nameKana = nameKana;
        this.birthDate = birthDate;
        this.kind = kind;
        this.previousMonthly = previousMonthly;
        this.previousBonus = previousBonus;
        this.monthly = monthly;
        this.bonus = bonus;
        this.stopped = stopped;
        this.change = change;
    }

    public int getLineNumber() { return lineNumber; }
    public String getSavingsContract() { return savingsContract; }
    public String getPersonNumber() { return personNumber; }
    public String getNameKana() { return nameKana; }
    public java.time.LocalDate getBirthDate() { return birthDate; }
    public ZaikeiKind getKind() { return kind; }
    public long getPreviousMonthly() { return previousMonthly; }
    public long getPreviousBonus() { return previousBonus; }
    public long getMonthly() { return monthly; }
    public long getBonus() { return bonus; }
    public boolean isStopped() { return stopped; }
    public ZaikeiChangeKind getChange() { return change; }
}
