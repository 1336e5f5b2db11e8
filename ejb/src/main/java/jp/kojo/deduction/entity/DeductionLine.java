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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 控除依頼明細: one line of an organisation's request list in a cycle. */
@Entity
@Table(name = "deduction_line")
public class DeductionLine {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "cycle_id")
    private DeductionCycle cycle;
    @Column(name = "organization_id")
    private Long organizationId;
    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;
    /**
     * The person's key as a plain column, read-only: the inquiry joins a line to the previous cycle's line of the
     * same person, and a join on the relationship would make EclipseLink name the person table out of scope.
     */
    @Column(name = "person_id", insertable = false, updatable = false)
    private Long personId;
    @Column(name = "line_number")
    private int lineNumber;
    @Column(name = "product_code")
    private Product product;
    @Column(name = "account_branch_code")
    private String accountBranchCode;
    @Column(name = "account_number")
    private String accountNumber;
    @Column(name = "requested_amount")
    private long requestedAmount;
    /** 控除額 of a payroll line once its result is recorded; null before (and on lump-sum lines). */
    @Column(name = "deducted_amount")
    private Long deductedAmount;
    @Column(name = "payment_stopped")
    private boolean paymentStopped;
    @Enumerated(EnumType.STRING)
    @Column(name = "result_code")
    private ResultCode resultCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "not_deducted_reason")
    private NotDeductedReason notDeductedReason;
    private String note;
    /** Optimistic lock: a save based on an older version is refused, so no update is lost. */
    @Version
    private long version;

    protected DeductionLine() {
    }

    public DeductionLine(DeductionCycle cycle, Long organizationId, Person person, int lineNumber, Product product,
                         String accountBranchCode, String accountNumber, long requestedAmount) {
        this.cycle = cycle;
        this.organizationId = organizationId;
        this.person = person;
        this.lineNumber = lineNumber;
        this.product = product;
        this.accountBranchCode = accountBranchCode;
        this.accountNumber = accountNumber;
        this.requestedAmount = requestedAmount;
    }

    public Long getId() { return id; }
    public DeductionCycle getCycle() { return cycle; }
    public Long getOrganizationId() { return organizationId; }
    public Person getPerson() { return person; }
    public int getLineNumber() { return lineNumber; }
    public Product getProduct() { return product; }
    public long getRequestedAmount() { return requestedAmount; }
    public boolean isPaymentStopped() { return paymentStopped; }
    public String getAccountBranchCode() { return accountBranchCode; }
    public String getAccountNumber() { return accountNumber; }
    public ResultCode getResultCode() { return resultCode; }
    public NotDeductedReason getNotDeductedReason() { return notDeductedReason; }
    public String getNote() { return note; }
    public long getVersion() { return version; }
    public Long getDeductedAmount() { return deductedAmount; }

    public boolean isNotDeducted() {
        return resultCode == ResultCode.NOT_DEDUCTED;
    }

    /** 控除不能: the checks (note, payment stop allowed) are the caller's, see LineMarkRule. */
    public void markNotDeducted(NotDeductedReason reason, String note, boolean paymentStopped) {
        this.resultCode = ResultCode.NOT_DEDUCTED;
        this.notDeductedReason = reason;
        this.note = note;
        this.paymentStopped = paymentStopped;
    }

    /** A payroll line's result (全額・一部・控除不能) with its amount; the checks are PayrollResultRule's. */
    public void recordPayrollResult(ResultCode result, Long deductedAmount, NotDeductedReason reason, String note) {
        this.resultCode = result;
        this.deductedAmount = deductedAmount;
        this.notDeductedReason = reason;
        this.note = note;
    }

    /** Back to deducted as requested. */
    public void clearResult() {
        this.resultCode = null;
        this.notDeductedReason = null;
        this.note = null;
        this.paymentStopped = false;
    }
}
