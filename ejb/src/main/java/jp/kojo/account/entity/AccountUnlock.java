package jp.kojo.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** The audit of a lifted lockout: who unlocked which user, when, and why. */
@Entity
@Table(name = "account_unlock")
public class AccountUnlock {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id")
    private Long userId;
    @Column(name = "unlocked_by")
    private String unlockedBy;
    @Column(name = "unlocked_at")
    private LocalDateTime unlockedAt;
    @Column(name = "locked_at")
    private LocalDateTime lockedAt;
    @Column(name = "failed_attempts")
    private int failedAttempts;
    private String reason;

    protected AccountUnlock() {
    }

    public AccountUnlock(UserAccount user, String unlockedBy, String reason, LocalDateTime now) {
        this.userId = user.getId();
        this.unlockedBy = unlockedBy;
        this.unlockedAt = now;
        this.lockedAt = user.getLockedAt();
        this.failedAttempts = user.getFailedAttempts();
        this.reason = reason;
    }
}
