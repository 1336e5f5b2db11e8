package jp.kojo.deduction.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import jp.kojo.deduction.boundary.MatchOutcome;

/**
 * One row of an uploaded result file with the line it matched and that line's version then: applying it
 * to a line changed since is refused. Inserted in JDBC batches (see ResultUploadStore), read and marked here.
 */
@Entity
@Table(name = "result_upload_row")
public class ResultUploadRow {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "upload_id")
    private Long uploadId;
    @Column(name = "file_row")
    private int fileRow;
    @Column(name = "key_value")
    private String keyValue;
    @Column(name = "product_code")
    private Product product;
    private long amount;
    @Enumerated(EnumType.STRING)
    private MatchOutcome outcome;
    @Column(name = "line_id")
    private Long lineId;
    @Column(name = "line_version")
    private Long lineVersion;
    @Column(name = "applied_at")
    private LocalDateTime appliedAt;

    protected ResultUploadRow() {
    }

    public Long getId() { return id; }
    public Long getUploadId() { return uploadId; }
    public int getFileRow() { return fileRow; }
    public String getKeyValue() { return keyValue; }
    public Product getProduct() { return product; }
    public long getAmount() { return amount; }
    public MatchOutcome getOutcome() { return outcome; }
    public Long getLineId() { return lineId; }
    public Long getLineVersion() { return lineVersion; }
    public LocalDateTime getAppliedAt() { return appliedAt; }

    public void applied(LocalDateTime at) {
        this.appliedAt = at;
    }
}
