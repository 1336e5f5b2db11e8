package jp.kojo.zaikei.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One savings contract of one person in a statement: amounts, balance (principal) where given, start. */
@Entity
@Table(name = "zaikei_statement_line")
public class ZaikeiStatementLine {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "statement_id")
    private ZaikeiStatement statement;
    @Column(name = "line_number")
    private int lineNumber;
    @Column(name = "person_number")
    private String personNumber;
    @Column(name = "employee_number")
    private String employeeNumber;
    @Column(name = "name_kana")
    private String nameKana;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "savings_kind")
    private ZaikeiKind kind;
    @Column(name = "savings_contract")
    private String savingsContract;
    @Column(name = "monthly_amount")
    private long monthlyAmount;
    @Column(name = "bonus_amount")
    private long bonusAmount;
    private Long balance;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "last_contribution")
    private LocalDate lastContribution;
    private boolean stopped;

    protected ZaikeiStatementLine() {
    }

    public ZaikeiStatementLine(ZaikeiStatement statement, int lineNumber, String personNumber, String employeeNumber,
                               String nameKana, LocalDate birthDate, ZaikeiKind kind, String savingsContract,
                               long monthlyAmount, long bonusAmount, Long balance, LocalDate startDate,
                               LocalDate lastContribution, boolean stopped) {
        this.statement = statement;
        this.lineNumber = lineNumber;
        this.personNumber = personNumber;
        this.employeeNumber = employeeNumber;
        this.nameKana = nameKana;
        this.birthDate = birthDate;
        this.kind = kind;
        this.savingsContract = savingsContract;
        this.monthlyAmount = monthlyAmount;
        this.bonusAmount = bonusAmount;
        this.balance = balance;
        this.startDate = startDate;
        this.lastContribution = lastContribution;
        this.stopped = stopped;
    }

    public Long getId() { return id; }
    public ZaikeiStatement getStatement() { return statement; }
    public int getLineNumber() { return lineNumber; }
    public String getPersonNumber() { return personNumber; }
    public String getEmployeeNumber() { return employeeNumber; }
    public String getNameKana() { return nameKana; }
    public LocalDate getBirthDate() { return birthDate; }
    public ZaikeiKind getKind() { return kind; }
    public String getSavingsContract() { return savingsContract; }
    public long getMonthlyAmount() { return monthlyAmount; }
    public long getBonusAmount() { return bonusAmount; }
    public Long getBalance() { return balance; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getLastContribution() { return lastContribution; }
    public boolean isStopped() { return stopped; }
}
