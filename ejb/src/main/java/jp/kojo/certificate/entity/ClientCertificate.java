package jp.kojo.certificate.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

    public void revoke(LocalDateTime now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long getId() { return id; }
    public UserAccount getUser() { return user; }
    public String getSerialHex() { return serialHex; }
    public LocalDateTime getNotAfter() { return notAfter; }
    public LocalDateTime getRevokedAt() { return revokedAt; }
    public String getFingerprintSha256() { return fingerprintSha256; }
}
