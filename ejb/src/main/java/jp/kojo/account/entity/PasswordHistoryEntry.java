package jp.kojo.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One of a user's recent password hashes, kept so a new password cannot be an old one. */
@Entity
@Table(name = "password_history")
@NamedQuery(name = PasswordHistoryEntry.OF_USER,
        query = "SELECT p FROM PasswordHistoryEntry p WHERE p.userId = :userId ORDER BY p.id DESC")
public class PasswordHistoryEntry {
    public static final String OF_USER = "PasswordHistoryEntry.ofUser";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id")
    private Long userId;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "changed_at")
    private LocalDateTime changedAt;

    protected PasswordHistoryEntry() {
    }

    public PasswordHistoryEntry(Long userId, String passwordHash, LocalDateTime changedAt) {
        this.userId = userId;
        this.passwordHash = passwordHash;
        this.changedAt = changedAt;
    }

    public String getPasswordHash() { return passwordHash; }
}
