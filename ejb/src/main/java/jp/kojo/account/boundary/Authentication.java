package jp.kojo.account.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import jp.kojo.account.control.Lockout;
import jp.kojo.account.control.PasswordHasher;
import jp.kojo.account.entity.LoginRecord;
import jp.kojo.account.entity.UserAccount;
import jp.kojo.calendar.boundary.ServiceCalendar;
import jp.kojo.certificate.boundary.CertificateSerials;
import jp.kojo.certificate.control.CertificateBindingRule;
import jp.kojo.certificate.entity.ClientCertificate;

/**
 * Checks both factors of a login: the client certificate presented on the TLS connection must be one Kojo
 * issued to this very user (registered, not revoked, not expired), and the password must match.
 * Called by the web tier's authentication mechanism before anyone is logged in, hence {@code @PermitAll}.
 */
@Stateless
@PermitAll
public class Authentication {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    ServiceCalendar serviceCalendar;

    @Inject
    Lockout lockout;

    /**
     * @param certificateFingerprint lower-case hex SHA-256 of the presented certificate: a certificate whose serial
     *                               is registered but whose fingerprint differs is refused
     */
    public LoginResult login(String loginId, char[] password, String certificateSerial, String certificateFingerprint,
                             String remoteAddress) {
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<UserAccount> found = findUser(loginId).filter(u -> !u.isDeleted());
        if (found.isEmpty()) {
            PasswordHasher.verifyAgainstDummy(password);
            return refuse(loginId, null, LoginOutcome.UNKNOWN_USER, certificateSerial, remoteAddress, now);
        }
        UserAccount user = found.get();
        Optional<ClientCertificate> certificate = registered(certificateSerial);
        LoginOutcome certificateOutcome = checkCertificate(user, certificateSerial, certificateFingerprint, certificate,
                now);
        // Always verify, so a wrong certificate or a locked account answers as slowly as a wrong password.
        boolean passwordMatches = PasswordHasher.verify(password, user.getPasswordHash());
        if (user.isLocked()) {
            return refuse(loginId, user, LoginOutcome.LOCKED, certificateSerial, remoteAddress, now);
        }
        if (certificateOutcome != LoginOutcome.SUCCESS) {
            return refuse(loginId, user, certificateOutcome, certificateSerial, remoteAddress, now);
        }
        if (!passwordMatches) {
            LoginOutcome counted = lockout.countFailure(user.getId(), now) ? LoginOutcome.WRONG_PASSWORD
                    : LoginOutcome.LOCKED;
            return refuse(loginId, user, counted, certificateSerial, remoteAddress, now);
        }
        if (user.temporaryPasswordExpired(now)) {
            // The master's temporary password lasts 7 days; after that the master sets a new one.
            return refuse(loginId, user, LoginOutcome.TEMPORARY_PASSWORD_EXPIRED, certificateSerial, remoteAddress, now);
        }
        if (!lockout.resetUnlessLocked(user.getId())) {
            // Locked by parallel attempts since this one read the account.
            return refuse(loginId, user, LoginOutcome.LOCKED, certificateSerial, remoteAddress, now);
        }
        if (user.getOrganization() != null && !serviceCalendar.status().open()) {
            // Organisations use the service in its hours only; the bank's own staff are not held back.
            return refuse(loginId, user, LoginOutcome.SERVICE_CLOSED, certificateSerial, remoteAddress, now);
        }
        // A row from before fingerprints were kept is bound now, to the certificate that just proved itself.
        certificate.orElseThrow().bindFingerprint(certificateFingerprint);
        record(loginId, user, LoginOutcome.SUCCESS, certificateSerial, remoteAddress, now);
        Long organizationId = user.getOrganization() == null ? null : user.getOrganization().getId();
        return new LoginResult(LoginOutcome.SUCCESS, Optional.of(new AuthenticatedUser(user.getLoginId(),
                user.getDisplayName(), user.getRole().securityRoles(), organizationId,
                CertificateSerials.normalise(certificateSerial), user.isPasswordMustChange())));
    }

    /**
     * Where the certificate a logged-in session presents stands, asked on every request so that a revocation,
     * expiry, lock or deletion ends live sessions: one lookup by the serial's unique index, with its user.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CertificateStanding certificateStanding(String loginId, String certificateSerial,
                                                   String certificateFingerprint) {
        if (certificateSerial == null || certificateSerial.isBlank()) {
            return CertificateStanding.NO_CERTIFICATE;
        }
        List<Object[]> rows = em.createQuery("SELECT u.loginId, c.fingerprintSha256, c.notBefore, c.notAfter, c.revokedAt, "
                        + "u.lockedAt, u.deletedAt FROM ClientCertificate c JOIN c.user u WHERE c.serialHex = :serialHex",
                        Object[].class)
                .setParameter("serialHex", CertificateSerials.normalise(certificateSerial))
                .getResultList();
        if (rows.isEmpty()) {
            return CertificateStanding.UNKNOWN;
        }
        Object[] row = rows.get(0);
        CertificateStanding standing = CertificateBindingRule.standing(loginId, certificateFingerprint,
                new CertificateBindingRule.Registered((String) row[0], (String) row[1], (LocalDateTime) row[2],
                        (LocalDateTime) row[3], (LocalDateTime) row[4]), LocalDateTime.now(clock));
        if (standing != CertificateStanding.VALID) {
            return standing;
        }
        if (row[6] != null) {
            return CertificateStanding.ACCOUNT_DELETED;
        }
        return row[5] != null ? CertificateStanding.ACCOUNT_LOCKED : CertificateStanding.VALID;
    }

    private Optional<ClientCertificate> registered(String certificateSerial) {
        if (certificateSerial == null || certificateSerial.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(ClientCertificate.BY_SERIAL, ClientCertificate.class)
                .setParameter("serialHex", CertificateSerials.normalise(certificateSerial))
                .getResultStream().findFirst();
    }

    private static LoginOutcome checkCertificate(UserAccount user, String certificateSerial, String fingerprint,
                                                 Optional<ClientCertificate> certificate, LocalDateTime now) {
        if (certificateSerial == null || certificateSerial.isBlank()) {
            return LoginOutcome.NO_CERTIFICATE;
        }
        CertificateBindingRule.Registered registered = certificate.map(c -> new CertificateBindingRule.Registered(
                c.getUser().getLoginId(), c.getFingerprintSha256(), c.getNotBefore(), c.getNotAfter(),
                c.getRevokedAt())).orElse(null);
        return switch (CertificateBindingRule.standing(user.getLoginId(), fingerprint, registered, now)) {
            case VALID -> LoginOutcome.SUCCESS;
            case UNKNOWN -> LoginOutcome.CERTIFICATE_UNKNOWN;
            case KEY_MISMATCH -> LoginOutcome.CERTIFICATE_KEY_MISMATCH;
            case ANOTHER_USER -> LoginOutcome.CERTIFICATE_OF_ANOTHER_USER;
            default -> LoginOutcome.CERTIFICATE_NOT_VALID;
        };
    }

    private Optional<UserAccount> findUser(String loginId) {
        if (loginId == null || loginId.isBlank() || loginId.length() > 32) {
            return Optional.empty();
        }
        return em.createNamedQuery(UserAccount.BY_LOGIN_ID, UserAccount.class)
                .setParameter("loginId", loginId.strip())
                .getResultStream().findFirst();
    }

    private void record(String loginId, UserAccount user, LoginOutcome outcome, String certificateSerial,
                        String remoteAddress, LocalDateTime now) {
        em.persist(new LoginRecord(loginId == null ? "" : loginId, user == null ? null : user.getId(),
                outcome == LoginOutcome.SUCCESS, outcome.name(), certificateSerial, remoteAddress, now));
    }

    private LoginResult refuse(String loginId, UserAccount user, LoginOutcome outcome, String certificateSerial,
                               String remoteAddress, LocalDateTime now) {
        record(loginId, user, outcome, certificateSerial, remoteAddress, now);
        return LoginResult.failed(outcome);
    }
}
