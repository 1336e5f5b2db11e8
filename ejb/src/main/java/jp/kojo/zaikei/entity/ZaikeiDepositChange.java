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

/** One change in a deposit statement; amounts are the new ones (0 for a stop). */
@Entity
@Table(name = "zaikei_deposit_change")
public class ZaikeiDepositChange {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "deposit_id")
    private long depositId;
    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind")
    private ZaikeiChangeKind kind;
    @Column(name = "savings_contract")
    private String savingsContract;
    @Column(name = "person_number")
    private String personNumber;
    @Column(name = "name_kana")
    private String nameKana;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "savings_kind")
    private ZaikeiKind savingsKind;
    @Column(name = "monthly_amount")
    private long monthlyAmount;
    @Column(name = "bonus_amount")
    private long bonusAmount;
    @Column(name = "changed_by")
    private String changedBy;
    @Column(name = "changed_at")
    private LocalDateTime changedAt;

    protected ZaikeiDepositChange() {
    }

    public ZaikeiDepositChange(long depositId, ZaikeiChangeKind kind, String savingsContract, String personNumber,
                               String nameKana, LocalDate birthDate, ZaikeiKind savingsKind, long monthlyAmount,
                               long bonusAmount, String changedBy, LocalDateTime changedAt) {
        this.depositId = depositId;
        this.kind = kind;
        this.savingsContract = savingsContract;
        this.personNumber = personNumber;
        this.nameKana = nameKana;
        this.birthDate = birthDate;
        this.savingsKind = savingsKind;
        this.monthlyAmount = monthlyAmount;
        this.bonusAmount = bonusAmount;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Long getId() { return id; }
    public long getDepositId() { return depositId; }
    public ZaikeiChangeKind getKind() { return kind; }
    public String getSavingsContract() { return savingsContract; }
    public String getPersonNumber() { return personNumber; }
    public String getNameKana() { return nameKana; }
    public LocalDate getBirthDate() { return birthDate; }
    public ZaikeiKind getSavingsKind() { return savingsKind; }
    public long getMonthlyAmount() { return monthlyAmount; }
    public long getBonusAmount() { return bonusAmount; }
    public String getChangedBy() { return changedBy; }
    public LocalDateTime getChangedAt() { return changedAt; }
}
