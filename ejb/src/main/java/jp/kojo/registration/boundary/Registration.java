package jp.kojo.registration.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import jp.kojo.account.control.AccountNotice;
import jp.kojo.account.boundary.PasswordRule;
import jp.kojo.account.control.PasswordHasher;
import jp.kojo.account.control.PasswordPolicy;
import jp.kojo.account.entity.UserAccount;
import jp.kojo.account.entity.UserRole;
import jp.kojo.organization.entity.Organization;
import jp.kojo.registration.control.InitialPasswordRule;
import jp.kojo.registration.control.RegistrationCounters;
import jp.kojo.registration.control.RegistrationRules;
import jp.kojo.registration.entity.InitialPassword;

/**
 * 初期登録: the organisation's first user proves the contract with the initial password the bank registered and
 * becomes its master user. Public (the user has no certificate yet), hence {@code @PermitAll}; a wrong initial
 * password counts towards the lockout of the contract's registration.
 */
@Stateless
@PermitAll
public class Registration {
    private static final Logger LOG = Logger.getLogger(Registration.class.getName());
    static final int MAX_CONTRACT_NUMBER = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RegistrationCounters counters;

    @Inject
    Event<AccountNotice> notices;

    public RegistrationResult register(RegistrationRequest request) {
        RegistrationResult formProblems = checkForm(request);
        if (formProblems != null) {
            return formProblems;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<Organization> organization = findOrganization(em, request.contractNumber());
        Optional<InitialPassword> live = organization.flatMap(o -> em.createNamedQuery(
                        InitialPassword.LIVE_OF_ORGANIZATION, InitialPassword.class)
                .setParameter("organization", o.getId()).setMaxResults(1).getResultStream().findFirst());
        char[] typed = request.initialPassword() == null ? new char[0] : request.initialPassword();
        // Always one hash verification, so an unknown contract answers as slowly as a wrong password.
        boolean matches = live.isPresent() ? PasswordHasher.verify(typed, live.get().getPasswordHash())
                : PasswordHasher.verifyAgainstDummy(typed);
        boolean masterExists = organization.isPresent() && masterExists(em, organization.get().getId());
        InitialPasswordRule.Decision decision = InitialPasswordRule.decide(live.map(InitialPassword::state).orElse(null),
                matches, masterExists, now);
        if (decision.counts()) {
            counters.countInitialPasswordFailure(live.get().getId(), now);
        }
        if (decision != InitialPasswordRule.Decision.ACCEPT) {
            LOG.info(() -> "Initial registration refused for contract " + request.contractNumber() + ": " + decision
                    + " from " + request.remoteAddress());
            return RegistrationResult.of(RegistrationOutcome.REFUSED);
        }
        String loginId = request.loginId().strip();
        if (em.createNamedQuery(UserAccount.BY_LOGIN_ID, UserAccount.class).setParameter("loginId", loginId)
                .getResultStream().findFirst().isPresent()) {
            return RegistrationResult.of(RegistrationOutcome.LOGIN_ID_TAKEN);
        }
        if (!counters.useInitialPassword(live.get().getId(), now)) {
            // Used or locked by a request that came at the same time.
            return RegistrationResult.of(RegistrationOutcome.REFUSED);
        }
        UserAccount master = new UserAccount(loginId, organization.get(), UserRole.MASTER,
                request.displayName().strip(), request.email().strip(), PasswordHasher.hash(request.password()), now);
        em.persist(master);
        em.flush();
        counters.recordInitialPasswordUser(live.get().getId(), master.getId());
        notices.fire(new AccountNotice(AccountNotice.Kind.REGISTERED, master.getEmail(), master.getDisplayName(),
                loginId, now, null));
        LOG.info(() -> "Master user " + loginId + " registered for contract " + request.contractNumber());
        return RegistrationResult.of(RegistrationOutcome.REGISTERED);
    }

    private static RegistrationResult checkForm(RegistrationRequest request) {
        List<RegistrationProblem> problems = new ArrayList<>();
        String loginId = request.loginId() == null ? null : request.loginId().strip();
        if (!RegistrationRules.loginIdValid(loginId)) {
            problems.add(RegistrationProblem.LOGIN_ID);
        }
        if (!RegistrationRules.displayNameValid(request.displayName())) {
            problems.add(RegistrationProblem.DISPLAY_NAME);
        }
        if (!RegistrationRules.emailValid(request.email() == null ? null : request.email().strip())) {
            problems.add(RegistrationProblem.EMAIL);
        }
        List<PasswordRule> rules = PasswordPolicy.checkForm(loginId,
                request.password() == null ? new char[0] : request.password(),
                request.confirmation() == null ? new char[0] : request.confirmation());
        if (problems.isEmpty() && rules.isEmpty()) {
            return null;
        }
        return new RegistrationResult(RegistrationOutcome.FORM_INVALID, problems, rules);
    }

    static Optional<Organization> findOrganization(EntityManager em, String contractNumber) {
        if (contractNumber == null || contractNumber.isBlank() || contractNumber.strip().length() > MAX_CONTRACT_NUMBER) {
            return Optional.empty();
        }
        return em.createQuery("SELECT o FROM Organization o WHERE o.contractNumber = :contract", Organization.class)
                .setParameter("contract", contractNumber.strip())
                .getResultStream().findFirst();
    }

    static boolean masterExists(EntityManager em, long organizationId) {
        return em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.organization.id = :organization "
                        + "AND u.role = :role AND u.deletedAt IS NULL", Long.class)
                .setParameter("organization", organizationId)
                .setParameter("role", UserRole.MASTER)
                .getSingleResult() > 0;
    }
}
