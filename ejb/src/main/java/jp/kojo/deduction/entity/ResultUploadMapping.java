package jp.kojo.deduction.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** An organisation's column mapping of its payroll system's result file, saved once and offered again. */
@Entity
@Table(name = "result_upload_mapping")
public class ResultUploadMapping {
    @Id
    @Column(name = "organization_id")
    private Long organizationId;
    @Column(name = "key_kind")
    private String keyKind;
    @Column(name = "key_column")
    private String keyColumn;
    @Column(name = "product_column")
    private String productColumn;
    @Column(name = "amount_column")
    private String amountColumn;
    private String encoding;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    protected ResultUploadMapping() {
    }

    public ResultUploadMapping(Long organizationId) {
        this.organizationId = organizationId;
    }

    public void update(String keyKind, String keyColumn, String productColumn, String amountColumn, String encoding,
                       String updatedBy, LocalDateTime updatedAt) {
        this.keyKind = keyKind;
        this.keyColumn = keyColumn;
        this.productColumn = productColumn;
        this.amountColumn = amountColumn;
        this.encoding = encoding;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    public Long getOrganizationId() { return organizationId; }
    public String getKeyKind() { return keyKind; }
    public String getKeyColumn() { return keyColumn; }
    public String getProductColumn() { return productColumn; }
    public String getAmountColumn() { return amountColumn; }
    public String getEncoding() { return encoding; }
}
