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
import java.util.Optional;
import jp.kojo.account.control.Lockout;
import jp.kojo.account.control.PasswordHasher;
import jp.kojo.account.entity.LoginRecord;
import jp.kojo.account.entity.UserAccount;
import jp.kojo.calendar.boundary.ServiceCalendar;
import jp.kojo.certificate.control.CertificateSerials;
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

    public LoginResult login(String loginId, char[] password, String certificateSerial, String remoteAddress) {
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<UserAccount> found = findUser(loginId).filter(u -> !u.isDeleted());
        if (found.isEmpty()) {
            PasswordHasher.verifyAgainstDummy(password);
            return refuse(loginId, null, LoginOutcome.UNKNOWN_USER, certificateSerial, remoteAddress, now);
        }
        UserAccount user = found.get();
        LoginOutcome certificateOutcome = checkCertificate(user, certificateSerial, now);
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
        record(loginId, user, LoginOutcome.SUCCESS, certificateSerial, remoteAddress, now);
        Long organizationId = user.getOrganization() == null ? null : user.getOrganization().getId();
        return new LoginResult(LoginOutcome.SUCCESS, Optional.of(new AuthenticatedUser(user.getLoginId(),
                user.getDisplayName(), user.getRole().securityRoles(), organizationId,
                CertificateSerials.normalise(certificateSerial), user.isPasswordMustChange())));
    }

    /**
     * Whether the certificate a logged-in session presents is still registered to this user and valid;
     * asked on every request, so a revocation ends live sessions.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean certificateStillValid(String loginId, String certificateSerial) {
        Optional<UserAccount> user = findUser(loginId);
        return user.isPresent()
                && !user.get().isLocked()
                && !user.get().isDeleted()
                && checkCertificate(user.get(), certificateSerial, LocalDateTime.now(clock)) == LoginOutcome.SUCCESS;
    }

    private LoginOutcome checkCertificate(UserAccount user, String certificateSerial, LocalDateTime now) {
        if (certificateSerial == null || certificateSerial.isBlank()) {
            return LoginOutcome.NO_CERTIFICATE;
        }
        Optional<ClientCertificate> certificate = em.createNamedQuery(ClientCertificate.BY_SERIAL,
                        ClientCertificate.class)
                .setParameter("serialHex", CertificateSerials.normalise(certificateSerial))
                .getResultStream().findFirst();
        if (certificate.isEmpty()) {
            return LoginOutcome.CERTIFICATE_UNKNOWN;
        }
        if (!certificate.get().getUser().getId().equals(user.getId())) {
            return LoginOutcome.CERTIFICATE_OF_ANOTHER_USER;
        }
        return certificate.get().isValidAt(now) ? LoginOutcome.SUCCESS : LoginOutcome.CERTIFICATE_NOT_VALID;
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
