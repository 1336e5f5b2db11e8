package jp.kojo.certificate.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import jp.kojo.account.entity.UserAccount;

/** 電子証明書: a client certificate Kojo's CA issued to one user. */
@Entity
@Table(name = "client_certificate")
@NamedQuery(name = ClientCertificate.BY_SERIAL,
        query = "SELECT c FROM ClientCertificate c WHERE c.serialHex = :serialHex")
public class ClientCertificate {
    public static final String BY_SERIAL = "ClientCertificate.bySerial";
    public static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;
    @Column(name = "serial_hex")
    private String serialHex;
    @Column(name = "subject_dn")
    private String subjectDn;
    @Column(name = "not_before")
    private LocalDateTime notBefore;
    @Column(name = "not_after")
    private LocalDateTime notAfter;
    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;
    /** SHA-256 of the certificate (DER), lower-case hex, recorded at issue; null for rows from before. */
    @Column(name = "fingerprint_sha256")
    private String fingerprintSha256;
    /** Login id of who revoked it, or {@link #SYSTEM} when a new certificate superseded it. */
    @Column(name = "revoked_by")
    private String revokedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "revocation_reason")
    private RevocationReason revocationReason;
    @Column(name = "revocation_note")
    private String revocationNote;
    /** The reference of the paper request (電子証明書失効依頼書) the bank revoked it on. */
    @Column(name = "revocation_reference")
    private String revocationReference;

    protected ClientCertificate() {
    }

    public ClientCertificate(UserAccount user, String serialHex, String subjectDn, LocalDateTime notBefore,
                             LocalDateTime notAfter) {
        this(user, serialHex, subjectDn, notBefore, notAfter, null);
    }

    public ClientCertificate(UserAccount user, String serialHex, String subjectDn, LocalDateTime notBefore,
                             LocalDateTime notAfter, String fingerprintSha256) {
        this.fingerprintSha256 = fingerprintSha256;
        this.user = user;
        this.serialHex = serialHex;
        this.subjectDn = subjectDn;
        this.notBefore = notBefore;
        this.notAfter = notAfter;
    }

    /** Registered certificates are usable between their dates until revoked. */
    public boolean isValidAt(LocalDateTime now) {
        return revokedAt == null && !now.isBefore(notBefore) && now.isBefore(notAfter);
    }

    /** Records who revoked it, when and why; a certificate already revoked keeps its first record. */
    public boolean revoke(LocalDateTime now, String by, RevocationReason reason, String note, String reference) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = now;
        revokedBy = by;
        revocationReason = reason;
        revocationNote = note;
        revocationReference = reference;
        return true;
    }

    /** A row from before fingerprints were kept is bound to the certificate first presented with it. */
    public void bindFingerprint(String fingerprint) {
        if (fingerprintSha256 == null) {
            fingerprintSha256 = fingerprint;
        }
    }

    public Long getId() { return id; }
    public UserAccount getUser() { return user; }
    public String getSerialHex() { return serialHex; }
    public LocalDateTime getNotAfter() { return notAfter; }
    public LocalDateTime getRevokedAt() { return revokedAt; }
    public String getFingerprintSha256() { return fingerprintSha256; }
    public String getSubjectDn() { return subjectDn; }
    public LocalDateTime getNotBefore() { return notBefore; }
    public String getRevokedBy() { return revokedBy; }
    public RevocationReason getRevocationReason() { return revocationReason; }
    public String getRevocationNote() { return revocationNote; }
    public String getRevocationReference() { return revocationReference; }
}
