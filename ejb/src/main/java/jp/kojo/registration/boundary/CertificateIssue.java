package jp.kojo.registration.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.kojo.account.control.AccountNotice;
import jp.kojo.account.control.Lockout;
import jp.kojo.account.control.PasswordHasher;
import jp.kojo.account.entity.UserAccount;
import jp.kojo.certificate.boundary.CertificateSerials;
import jp.kojo.certificate.control.CertificateIssuer;
import jp.kojo.certificate.control.CertificateRenewalRule;
import jp.kojo.certificate.control.IssuedCertificate;
import jp.kojo.registration.control.CodeMail;
import jp.kojo.registration.control.CsrCheck;
import jp.kojo.registration.control.OneTimeCodeRule;
import jp.kojo.registration.control.RegistrationCounters;
import jp.kojo.registration.control.RegistrationRules;
import jp.kojo.registration.entity.IdentityCheck;

/**
 * 本人認証・電子証明書発行 for a user without a live certificate: login id and password (counted like a login),
 * then a one-time code mailed to the registered address, then with the right code a certificate from Kojo's
 * CA, as a PKCS#12 file with a one-time passphrase or signed from the user's own CSR. Public, as the user
 * has no certificate to log in with; the web tier keeps who proved the password in its session.
 */
@Stateless
@PermitAll
public class CertificateIssue {
    private static final Logger LOG = Logger.getLogger(CertificateIssue.class.getName());
    /** No 0/O, 1/l/I: the passphrase is read off the screen and typed into the browser's import dialog. */
    private static final String PASSPHRASE_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter ISSUED_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Lockout lockout;

    @Inject
    RegistrationCounters counters;

    @Inject
    CodeMail mail;

    @Inject
    CertificateIssuer issuer;

    @Inject
    Event<AccountNotice> notices;

    @Resource
    SessionContext context;

    public ApplicantOutcome signIn(String loginId, char[] password, String remoteAddress) {
        LocalDateTime now = LocalDateTime.now(clock);
        char[] typed = password == null ? new char[0] : password;
        Optional<UserAccount> found = findUser(loginId);
        if (found.isEmpty()) {
            PasswordHasher.verifyAgainstDummy(typed);
            return ApplicantOutcome.REFUSED;
        }
        UserAccount user = found.get();
        boolean matches = PasswordHasher.verify(typed, user.getPasswordHash());
        if (user.isLocked()) {
            return ApplicantOutcome.REFUSED;
        }
        if (!matches) {
            // The same counter as the login's: this page is no way around the lockout.
            lockout.countFailure(user.getId(), now);
            LOG.info(() -> "Certificate applicant " + user.getLoginId() + ": wrong password from " + remoteAddress);
            return ApplicantOutcome.REFUSED;
        }
        if (!lockout.resetUnlessLocked(user.getId())) {
            return ApplicantOutcome.REFUSED;
        }
        if (hasLiveCertificate(user, now)) {
            return ApplicantOutcome.HAS_CERTIFICATE;
        }
        return liveExpiry(user, now).isPresent() ? ApplicantOutcome.RENEWAL : ApplicantOutcome.ACCEPTED;
    }

    /** Mails a new code; the codes before it are no longer good. */
    public CodeSent sendCode(String loginId) {
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<UserAccount> user = findUser(loginId).filter(u -> !u.isLocked() && u.getEmail() != null);
        if (user.isEmpty()) {
            return new CodeSent(CodeOutcome.NO_SUCH_APPLICANT, null, null);
        }
        if (hasLiveCertificate(user.get(), now)) {
            return new CodeSent(CodeOutcome.HAS_CERTIFICATE, null, null);
        }
        counters.supersedeCodes(user.get().getId(), now);
        String code = OneTimeCodeRule.newCode();
        IdentityCheck check = new IdentityCheck(user.get(), PasswordHasher.hash(code.toCharArray()), now);
        em.persist(check);
        try {
            mail.send(user.get().getEmail(), user.get().getDisplayName(), code, check.getExpiresAt());
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Identity check mail to user " + user.get().getLoginId() + " failed", e);
            context.setRollbackOnly();
            return new CodeSent(CodeOutcome.MAIL_FAILED, null, null);
        }
        return new CodeSent(CodeOutcome.SENT, RegistrationRules.masked(user.get().getEmail()), check.getExpiresAt());
    }

    /** With the right code: a new key pair and certificate in a PKCS#12 file under a one-time passphrase. */
    public IssuedFile issuePkcs12(String loginId, String code) {
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<UserAccount> user = findUser(loginId);
        IssuedFile refusal = checkCode(user, code, now);
        if (refusal != null) {
            return refusal;
        }
        IssuedCertificate issued = issuer.issue(user.get());
        String passphrase = passphrase();
        byte[] file = issued.toPkcs12(user.get().getLoginId(), passphrase.toCharArray());
        LOG.info(() -> "Certificate " + issued.serialHex() + " issued to " + loginId + " as PKCS#12");
        return issued(user.get(), issued.certificate(), file, user.get().getLoginId() + ".p12", "application/x-pkcs12",
                passphrase);
    }

    /** With the right code and an acceptable CSR: a certificate for the user's own key, as PEM. */
    public IssuedFile issueFromCsr(String loginId, String code, String csrPem) {
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<UserAccount> user = findUser(loginId);
        // The request is looked at first: a bad one costs no try of the code.
        CsrCheck.Result csr = CsrCheck.check(csrPem);
        if (!csr.ok()) {
            return IssuedFile.refused(switch (csr.problem()) {
                case UNREADABLE -> IssueOutcome.CSR_UNREADABLE;
                case SIGNATURE_INVALID -> IssueOutcome.CSR_SIGNATURE_INVALID;
                case WEAK_KEY -> IssueOutcome.CSR_WEAK_KEY;
            });
        }
        IssuedFile refusal = checkCode(user, code, now);
        if (refusal != null) {
            return refusal;
        }
        X509Certificate certificate = issuer.issue(user.get(), csr.publicKey());
        String pem;
        try {
            pem = "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
        LOG.info(() -> "Certificate " + certificate.getSerialNumber().toString(16) + " issued to " + loginId + " from a CSR");
        return issued(user.get(), certificate, pem.getBytes(StandardCharsets.US_ASCII), user.get().getLoginId() + ".crt",
                "application/x-pem-file", null);
    }

    /** Null when the code is right and now used; else the refusal. */
    private IssuedFile checkCode(Optional<UserAccount> user, String code, LocalDateTime now) {
        if (user.isEmpty() || user.get().isLocked()) {
            return IssuedFile.refused(IssueOutcome.NO_SUCH_APPLICANT);
        }
        if (hasLiveCertificate(user.get(), now)) {
            return IssuedFile.refused(IssueOutcome.HAS_CERTIFICATE);
        }
        Optional<IdentityCheck> live = em.createNamedQuery(IdentityCheck.LIVE_OF_USER, IdentityCheck.class)
                .setParameter("user", user.get().getId()).setMaxResults(1).getResultStream().findFirst();
        boolean matches = live.isPresent() && OneTimeCodeRule.wellFormed(code)
                && PasswordHasher.verify(code.strip().toCharArray(), live.get().getCodeHash());
        OneTimeCodeRule.State state = live.map(IdentityCheck::state).orElse(null);
        switch (OneTimeCodeRule.decide(state, matches, now)) {
            case ACCEPT:
                return counters.useCode(live.get().getId(), now) ? null : IssuedFile.refused(IssueOutcome.NEW_CODE_NEEDED);
            case WRONG_CODE:
                if (!counters.countCodeFailure(live.get().getId())) {
                    return IssuedFile.refused(IssueOutcome.NEW_CODE_NEEDED);
                }
                return IssuedFile.wrongCode(Math.max(0, OneTimeCodeRule.MAX_TRIES - state.failedAttempts() - 1));
            case EXPIRED:
                return IssuedFile.refused(IssueOutcome.CODE_EXPIRED);
            default:
                return IssuedFile.refused(IssueOutcome.NEW_CODE_NEEDED);
        }
    }

    private IssuedFile issued(UserAccount holder, X509Certificate certificate, byte[] file, String fileName,
                              String contentType, String passphrase) {
        String serial = CertificateSerials.normalise(certificate.getSerialNumber());
        LocalDateTime notAfter = LocalDateTime.ofInstant(certificate.getNotAfter().toInstant(), clock.getZone());
        // Told by mail too: a certificate issued by someone who got hold of the password and the mailbox shows up.
        notices.fire(new AccountNotice(AccountNotice.Kind.CERTIFICATE_ISSUED, holder.getEmail(), holder.getDisplayName(),
                holder.getLoginId(), LocalDateTime.now(clock), "シリアル番号: " + serial + "　有効期限: "
                + ISSUED_DATE.format(notAfter)));
        return new IssuedFile(IssueOutcome.ISSUED, serial, CertificateIssuer.fingerprint(certificate), notAfter, file,
                fileName, contentType, passphrase, 0);
    }

    /**
     * Whether the user has a live certificate that cannot be renewed yet: then it logs in with it. From 30 days
     * before its expiry the user may get a new one here (renewal), which revokes it when issued.
     */
    private boolean hasLiveCertificate(UserAccount user, LocalDateTime now) {
        return liveExpiry(user, now).filter(notAfter -> !CertificateRenewalRule.renewable(notAfter, now)).isPresent();
    }

    /** The expiry of the user's live certificate (the latest one, should there be more). */
    private Optional<LocalDateTime> liveExpiry(UserAccount user, LocalDateTime now) {
        return Optional.ofNullable(em.createQuery("SELECT MAX(c.notAfter) FROM ClientCertificate c WHERE c.user.id = :user "
                        + "AND c.revokedAt IS NULL AND c.notAfter > :now", LocalDateTime.class)
                .setParameter("user", user.getId())
                .setParameter("now", now)
                .getSingleResult());
    }

    private Optional<UserAccount> findUser(String loginId) {
        if (loginId == null || loginId.isBlank() || loginId.strip().length() > 32) {
            return Optional.empty();
        }
        return em.createNamedQuery(UserAccount.BY_LOGIN_ID, UserAccount.class)
                .setParameter("loginId", loginId.strip())
                .getResultStream().findFirst();
    }

    static String passphrase() {
        StringBuilder passphrase = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                passphrase.append('-');
            }
            passphrase.append(PASSPHRASE_ALPHABET.charAt(RANDOM.nextInt(PASSPHRASE_ALPHABET.length())));
        }
        return passphrase.toString();
    }
}
