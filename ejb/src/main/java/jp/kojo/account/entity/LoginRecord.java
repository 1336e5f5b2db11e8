package jp.kojo.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One line of the login history (ログイン履歴): every attempt, successful or not. */
@Entity
@Table(name = "login_history")
@NamedQuery(name = LoginRecord.OF_USER, query = "SELECT r FROM LoginRecord r WHERE r.userId = :userId ORDER BY r.id DESC")
public class LoginRecord {
    public static final String OF_USER = "LoginRecord.ofUser";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "login_id")
    private String loginId;
    @Column(name = "user_id")
    private Long userId;
    private boolean succeeded;
    private String outcome;
    @Column(name = "certificate_serial")
    private String certificateSerial;
    @Column(name = "remote_address")
    private String remoteAddress;
    private LocalDateTime at;

    protected LoginRecord() {
    }

    public LoginRecord(String loginId, Long userId, boolean succeeded, String outcome, String certificateSerial,
                       String remoteAddress, LocalDateTime at) {
        this.loginId = loginId.length() > 32 ? loginId.substring(0, 32) : loginId;
        this.userId = userId;
        this.succeeded = succeeded;
        this.outcome = outcome;
        this.certificateSerial = certificateSerial;
        this.remoteAddress = remoteAddress;
        this.at = at;
    }

    public String getOutcome() { return outcome; }
    public boolean isSucceeded() { return succeeded; }
    public LocalDateTime getAt() { return at; }
    public String getRemoteAddress() { return remoteAddress; }
}
