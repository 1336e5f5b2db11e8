package jp.kojo.deduction.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One recorded change of one field of a line: who, when, before and after. Never updated. */
@Entity
@Table(name = "deduction_line_change")
@NamedQuery(name = DeductionLineChange.OF_LINE, query = "SELECT c FROM DeductionLineChange c "
        + "WHERE c.lineId = :line ORDER BY c.id DESC")
public class DeductionLineChange {
    public static final String OF_LINE = "DeductionLineChange.ofLine";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "line_id")
    private Long lineId;
    @Column(name = "changed_by")
    private String changedBy;
    @Column(name = "changed_at")
    private LocalDateTime changedAt;
    private String field;
    @Column(name = "before_value")
    private String beforeValue;
    @Column(name = "after_value")
    private String afterValue;

    protected DeductionLineChange() {
    }

    public DeductionLineChange(Long lineId, String changedBy, LocalDateTime changedAt, String field,
                               String beforeValue, String afterValue) {
        this.lineId = lineId;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.field = field;
        this.beforeValue = beforeValue;
        this.afterValue = afterValue;
    }

    public Long getId() { return id; }
    public Long getLineId() { return lineId; }
    public String getChangedBy() { return changedBy; }
    public LocalDateTime getChangedAt() { return changedAt; }
    public String getField() { return field; }
    public String getBeforeValue() { return beforeValue; }
    public String getAfterValue() { return afterValue; }
}
