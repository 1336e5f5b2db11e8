package jp.kojo.account.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;

/**
 * The failure count of a login, kept in single UPDATE statements: each locks the user's row while it counts,
 * so attempts arriving at once are counted one after the other and the account locks after exactly
 * {@value #LIMIT} failures, however many arrive together. Runs in the caller's transaction.
 */
@Dependent
public class Lockout {
    /** Consecutive failed attempts after which an account is locked until someone unlocks it. */
    public static final int LIMIT = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<AccountNotice> notices;

    /**
     * Counts a failed attempt and locks the account at the limit.
     *
     * @return false when the account was already locked: the attempt is not counted
     */
    public boolean countFailure(long userId, LocalDateTime now) {
        boolean counted = em.createNativeQuery("UPDATE user_account SET failed_attempts = failed_attempts + 1, "
                        + "locked_at = CASE WHEN failed_attempts + 1 >= ? THEN ? ELSE locked_at END "
                        + "WHERE id = ? AND locked_at IS NULL")
                .setParameter(1, LIMIT)
                .setParameter(2, Timestamp.valueOf(now))
                .setParameter(3, userId)
                .executeUpdate() == 1;
        if (counted) {
            noticeIfThisAttemptLocked(userId, now);
        }
        return counted;
    }

    /**
     * The attempt that reached the limit is the only one that sees exactly {@value #LIMIT}: the row stays locked by
     * this transaction's update, and later attempts are not counted. Its holder is told, as someone may be guessing.
     */
    private void noticeIfThisAttemptLocked(long userId, LocalDateTime now) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT failed_attempts, email, display_name, login_id "
                        + "FROM user_account WHERE id = ?")
                .setParameter(1, userId)
                .getSingleResult();
        if (((Number) row[0]).intValue() == LIMIT) {
            notices.fire(new AccountNotice(AccountNotice.Kind.LOCKED, (String) row[1], (String) row[2], (String) row[3],
                    now, "パスワードを" + LIMIT + "回続けて誤ったため"));
        }
    }

    /**
     * Starts the count again after a successful attempt.
     *
     * @return false when the account is locked (perhaps by attempts that arrived together with this one)
     */
    public boolean resetUnlessLocked(long userId) {
        return em.createNativeQuery("UPDATE user_account SET failed_attempts = 0 WHERE id = ? AND locked_at IS NULL")
                .setParameter(1, userId)
                .executeUpdate() == 1;
    }
}
