package jp.kojo.account.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import jp.kojo.organization.entity.Organization;

/** 利用者: a person who logs in, of an organisation or of the bank. */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_LOGIN_ID, query = "SELECT u FROM UserAccount u WHERE u.loginId = :loginId")
public class UserAccount {
    public static final String BY_LOGIN_ID = "UserAccount.byLoginId";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "login_id")
    private String loginId;
    @ManyToOne
    @JoinColumn(name = "organization_id")
    private Organization organization;
    @Enumerated(EnumType.STRING)
    private UserRole role;
    @Column(name = "display_name")
    private String displayName;
    private String email;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "password_changed_at")
    private LocalDateTime passwordChangedAt;
    @Column(name = "failed_attempts")
    private int failedAttempts;
    @Column(name = "locked_at")
    private LocalDateTime lockedAt;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    /** Set for a password the user did not choose (a temporary one): it must be changed before anything else. */
    @Column(name = "password_must_change")
    private boolean passwordMustChange;
    /** A temporary password the master set works until then (only to choose a new one). */
    @Column(name = "temporary_password_expires_at")
    private LocalDateTime temporaryPasswordExpiresAt;
    @Column(name = "deleted_at")
    private LocalDateTime deletedAt;
    /** A general user's rights per service; a master's are not listed: it may do everything. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_service_right", joinColumns = @JoinColumn(name = "user_id"))
    private Set<ServiceRight> rights = new HashSet<>();

    protected UserAccount() {
    }

    public UserAccount(String loginId, Organization organization, UserRole role, String displayName, String email,
                       String passwordHash, LocalDateTime now) {
        if (role.belongsToOrganization() != (organization != null)) {
            throw new IllegalArgumentException("Role " + role + " and organisation do not fit");
        }
        this.loginId = loginId;
        this.organization = organization;
        this.role = role;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
        this.createdAt = now;
    }

    /** Counts a failed login; locks the account when the limit is reached. */
    public void recordFailure(int limit, LocalDateTime now) {
        failedAttempts++;
        if (failedAttempts >= limit && lockedAt == null) {
            lockedAt = now;
        }
    }

    public void recordSuccess() {
        failedAttempts = 0;
    }

    /** Lifts a lockout: the count starts again. */
    public void unlock() {
        lockedAt = null;
        failedAttempts = 0;
    }

    /** A password the user chose: no longer temporary. */
    public void changePassword(String newHash, LocalDateTime now) {
        passwordHash = newHash;
        passwordChangedAt = now;
        passwordMustChange = false;
        temporaryPasswordExpiresAt = null;
    }

    /** A password the master set: to be changed at the next login, before {@code expiresAt}. */
    public void setTemporaryPassword(String newHash, LocalDateTime now, LocalDateTime expiresAt) {
        passwordHash = newHash;
        passwordChangedAt = now;
        passwordMustChange = true;
        temporaryPasswordExpiresAt = expiresAt;
        failedAttempts = 0;
        lockedAt = null;
    }

    public boolean temporaryPasswordExpired(LocalDateTime now) {
        return passwordMustChange && temporaryPasswordExpiresAt != null && !now.isBefore(temporaryPasswordExpiresAt);
    }

    /** Locked on purpose (by the master), not by failed logins. */
    public void lock(LocalDateTime now) {
        if (lockedAt == null) {
            lockedAt = now;
        }
    }

    public void delete(LocalDateTime now) {
        deletedAt = now;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public void replaceRights(Set<ServiceRight> newRights) {
        rights.clear();
        rights.addAll(newRights);
    }

    public boolean isLocked() {
        return lockedAt != null;
    }

    public Long getId() { return id; }
    public String getLoginId() { return loginId; }
    public Organization getOrganization() { return organization; }
    public UserRole getRole() { return role; }
    public String getDisplayName() { return displayName; }
    public String getEmail() { return email; }
    public String getPasswordHash() { return passwordHash; }
    public int getFailedAttempts() { return failedAttempts; }
    public LocalDateTime getLockedAt() { return lockedAt; }
    public LocalDateTime getPasswordChangedAt() { return passwordChangedAt; }
    public boolean isPasswordMustChange() { return passwordMustChange; }
    public LocalDateTime getTemporaryPasswordExpiresAt() { return temporaryPasswordExpiresAt; }
    public LocalDateTime getDeletedAt() { return deletedAt; }
    public Set<ServiceRight> getRights() { return Set.copyOf(rights); }
}
