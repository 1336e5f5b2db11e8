package jp.kojo.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.kojo.account.control.AccountNotice;
import jp.kojo.account.control.CallerAccount;
import jp.kojo.account.control.Lockout;
import jp.kojo.account.control.PasswordHasher;
import jp.kojo.account.control.PasswordPolicy;
import jp.kojo.account.entity.PasswordHistoryEntry;
import jp.kojo.account.entity.UserAccount;
import jp.kojo.platform.Roles;

/**
 * パスワード変更 of the caller's own account only: the current password is required, the new one must keep the
 * rules ({@link PasswordPolicy}) and differ from the last five. A change ends a temporary password.
 */
@Stateless
@RolesAllowed({Roles.ORG_USER, Roles.BANK_OPERATOR, Roles.BATCH_ADMIN})
public class PasswordChange {
    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccount caller;

    @Inject
    Lockout lockout;

    @Inject
    Clock clock;

    @Inject
    Event<AccountNotice> notices;

    public PasswordChangeResult change(char[] current, char[] newPassword, char[] confirmation) {
        UserAccount user = caller.get();
        LocalDateTime now = LocalDateTime.now(clock);
        if (!PasswordHasher.verify(current, user.getPasswordHash())) {
            // Counted like a failed login: a session left open must not become a way to guess the password.
            lockout.countFailure(user.getId(), now);
            return new PasswordChangeResult(List.of(PasswordRule.CURRENT_PASSWORD_WRONG));
        }
        List<PasswordRule> broken = new ArrayList<>(PasswordPolicy.checkForm(user.getLoginId(), newPassword,
                confirmation));
        List<PasswordHistoryEntry> previous = em.createNamedQuery(PasswordHistoryEntry.OF_USER,
                        PasswordHistoryEntry.class)
                .setParameter("userId", user.getId())
                .getResultList();
        List<String> recent = new ArrayList<>();
        recent.add(user.getPasswordHash());
        previous.stream().limit(PasswordPolicy.HISTORY_SIZE - 1L).forEach(p -> recent.add(p.getPasswordHash()));
        if (PasswordPolicy.recentlyUsed(newPassword, recent)) {
            broken.add(PasswordRule.RECENTLY_USED);
        }
        if (!broken.isEmpty()) {
            return new PasswordChangeResult(broken.stream().sorted().toList());
        }
        em.persist(new PasswordHistoryEntry(user.getId(), user.getPasswordHash(), now));
        // The replaced password joins the history; with the current one the last five are kept.
        previous.stream().skip(PasswordPolicy.HISTORY_SIZE - 2L).forEach(em::remove);
        user.changePassword(PasswordHasher.hash(newPassword), now);
        notices.fire(new AccountNotice(AccountNotice.Kind.PASSWORD_CHANGED, user.getEmail(), user.getDisplayName(),
                user.getLoginId(), now, null));
        return new PasswordChangeResult(List.of());
    }

    public PasswordStatus status() {
        UserAccount user = caller.get();
        return new PasswordStatus(user.isPasswordMustChange(), user.getPasswordChangedAt(),
                PasswordPolicy.changeReminderDue(user.getPasswordChangedAt(), LocalDateTime.now(clock)));
    }
}
