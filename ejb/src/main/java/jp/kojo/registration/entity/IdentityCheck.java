package jp.kojo.registration.entity;

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
import jp.kojo.registration.control.OneTimeCodeRule;

/** 本人認証: a one-time code mailed to a user before a certificate is issued; only its hash is kept. */
@Entity
@Table(name = "identity_check")
@NamedQuery(name = IdentityCheck.LIVE_OF_USER, query = "SELECT c FROM IdentityCheck c "
        + "WHERE c.user.id = :user AND c.supersededAt IS NULL ORDER BY c.id DESC")
public class IdentityCheck {
    public static final String LIVE_OF_USER = "IdentityCheck.liveOfUser";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;
    @Column(name = "code_hash")
    private String codeHash;
    @Column(name = "sent_at")
    private LocalDateTime sentAt;
    @Column(name = "expires_at")
    private LocalDateTime expiresAt;
    @Column(name = "failed_attempts")
    private int failedAttempts;
    @Column(name = "used_at")
    private LocalDateTime usedAt;
    @Column(name = "superseded_at")
    private LocalDateTime supersededAt;

    protected IdentityCheck() {
    }

    public IdentityCheck(UserAccount user, String codeHash, LocalDateTime now) {
        this.user = user;
        this.codeHash = codeHash;
        this.sentAt = now;
        this.expiresAt = OneTimeCodeRule.expiresAt(now);
    }

    public OneTimeCodeRule.State state() {
        return new OneTimeCodeRule.State(expiresAt, failedAttempts, usedAt);
    }

    public Long getId() { return id; }
    public UserAccount getUser() { return user; }
    public String getCodeHash() { return codeHash; }
    public LocalDateTime getExpiresAt() { return expiresAt; }
}
