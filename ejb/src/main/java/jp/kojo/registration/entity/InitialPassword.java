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
import jp.kojo.organization.entity.Organization;
import jp.kojo.registration.control.InitialPasswordRule;

/**
 * 初期パスワード: what the organisation wrote on its 初期パスワード届出書, registered by a bank operator (who,
 * when, with which reference), kept only as a hash. Counters and use change in single UPDATE statements
 * ({@code RegistrationCounters}), never through this entity.
 */
@Entity
@Table(name = "initial_password")
@NamedQuery(name = InitialPassword.LIVE_OF_ORGANIZATION, query = "SELECT p FROM InitialPassword p "
        + "WHERE p.organization.id = :organization AND p.supersededAt IS NULL ORDER BY p.id DESC")
@NamedQuery(name = InitialPassword.RECENT, query = "SELECT p FROM InitialPassword p ORDER BY p.id DESC")
public class InitialPassword {
    public static final String LIVE_OF_ORGANIZATION = "InitialPassword.liveOfOrganization";
    public static final String RECENT = "InitialPassword.recent";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;
    @Column(name = "password_hash")
    private String passwordHash;
    private String reference;
    @Column(name = "registered_by")
    private String registeredBy;
    @Column(name = "registered_at")
    private LocalDateTime registeredAt;
    @Column(name = "expires_at")
    private LocalDateTime expiresAt;
    @Column(name = "failed_attempts")
    private int failedAttempts;
    @Column(name = "locked_at")
    private LocalDateTime lockedAt;
    @Column(name = "used_at")
    private LocalDateTime usedAt;
    @Column(name = "superseded_at")
    private LocalDateTime supersededAt;

    protected InitialPassword() {
    }

    public InitialPassword(Organization organization, String passwordHash, String reference, String registeredBy,
                           LocalDateTime now) {
        this.organization = organization;
        this.passwordHash = passwordHash;
        this.reference = reference;
        this.registeredBy = registeredBy;
        this.registeredAt = now;
        this.expiresAt = InitialPasswordRule.expiresAt(now);
    }

    public InitialPasswordRule.State state() {
        return new InitialPasswordRule.State(expiresAt, lockedAt, usedAt);
    }

    public Long getId() { return id; }
    public Organization getOrganization() { return organization; }
    public String getPasswordHash() { return passwordHash; }
    public String getReference() { return reference; }
    public String getRegisteredBy() { return registeredBy; }
    public LocalDateTime getRegisteredAt() { return registeredAt; }
    public LocalDateTime getExpiresAt() { return expiresAt; }
    public int getFailedAttempts() { return failedAttempts; }
    public LocalDateTime getLockedAt() { return lockedAt; }
    public LocalDateTime getUsedAt() { return usedAt; }
    public LocalDateTime getSupersededAt() { return supersededAt; }
}
