package jp.kojo.deduction.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** An uploaded result file, kept as matched rows until applied or expired; it changes no line by itself. */
@Entity
@Table(name = "result_upload")
public class ResultUpload {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "organization_id")
    private Long organizationId;
    @Column(name = "cycle_id")
    private Long cycleId;
    @Column(name = "file_name")
    private String fileName;
    private String encoding;
    @Column(name = "key_kind")
    private String keyKind;
    @Column(name = "row_count")
    private int rowCount;
    @Column(name = "uploaded_by")
    private String uploadedBy;
    @Column(name = "uploaded_at")
    private LocalDateTime uploadedAt;
    @Column(name = "expires_at")
    private LocalDateTime expiresAt;

    protected ResultUpload() {
    }

    public ResultUpload(Long organizationId, Long cycleId, String fileName, String encoding, String keyKind,
                        int rowCount, String uploadedBy, LocalDateTime uploadedAt, LocalDateTime expiresAt) {
        this.organizationId = organizationId;
        this.cycleId = cycleId;
        this.fileName = fileName;
        this.encoding = encoding;
        this.keyKind = keyKind;
        this.rowCount = rowCount;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.expiresAt = expiresAt;
    }

    public Long getId() { return id; }
    public Long getOrganizationId() { return organizationId; }
    public Long getCycleId() { return cycleId; }
    public String getFileName() { return fileName; }
    public String getEncoding() { return encoding; }
    public String getKeyKind() { return keyKind; }
    public int getRowCount() { return rowCount; }
    public String getUploadedBy() { return uploadedBy; }
    public LocalDateTime getUploadedAt() { return uploadedAt; }
    public LocalDateTime getExpiresAt() { return expiresAt; }
}
