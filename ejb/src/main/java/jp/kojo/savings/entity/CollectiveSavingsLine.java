package jp.kojo.savings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One member's contribution to one product in a breakdown statement, with the account it is credited to. */
@Entity
@Table(name = "collective_savings_line")
public class CollectiveSavingsLine {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "statement_id")
    private CollectiveSavingsStatement statement;
    @Column(name = "line_number")
    private int lineNumber;
    @Column(name = "member_number")
    private String memberNumber;
    @Column(name = "employee_number")
    private String employeeNumber;
    @Column(name = "name_kana")
    private String nameKana;
    @Column(name = "product_code")
    private String productCode;
    @Column(name = "branch_code")
    private String branchCode;
    @Column(name = "account_number")
    private String accountNumber;
    private long amount;

    protected CollectiveSavingsLine() {
    }

    public CollectiveSavingsLine(CollectiveSavingsStatement statement, int lineNumber, String memberNumber,
                                 String employeeNumber, String nameKana, String productCode, String branchCode,
                                 String accountNumber, long amount) {
        this.statement = statement;
        this.lineNumber = lineNumber;
        this.memberNumber = memberNumber;
        this.employeeNumber = employeeNumber;
        this.nameKana = nameKana;
        this.productCode = productCode;
        this.branchCode = branchCode;
        this.accountNumber = accountNumber;
        this.amount = amount;
    }

    public Long getId() { return id; }
    public CollectiveSavingsStatement getStatement() { return statement; }
    public int getLineNumber() { return lineNumber; }
    public String getMemberNumber() { return memberNumber; }
    public String getEmployeeNumber() { return employeeNumber; }
    public String getNameKana() { return nameKana; }
    /** The host's product code ({@code SavingsProduct}). */
    public String getProductCode() { return productCode; }
    public String getBranchCode() { return branchCode; }
    public String getAccountNumber() { return accountNumber; }
    public long getAmount() { return amount; }
}
