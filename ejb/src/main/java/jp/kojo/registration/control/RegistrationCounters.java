package jp.kojo.registration.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;

/**
 * The state changes of initial passwords and one-time codes that parallel requests race for, each one
 * UPDATE statement: the row is locked while it is counted or used, so twenty tries at once count one after
 * the other, and a password or code is used by exactly one of them. Runs in the caller's transaction.
 */
@Dependent
public class RegistrationCounters {
    @PersistenceContext
    EntityManager em;

    /** Counts a wrong initial password, locking it at the limit; false when it was locked already. */
    public boolean countInitialPasswordFailure(long id, LocalDateTime now) {
        return em.createNativeQuery("UPDATE initial_password SET failed_attempts = failed_attempts + 1, "
                        + "locked_at = CASE WHEN failed_attempts + 1 >= ? THEN ? ELSE locked_at END "
                        + "WHERE id = ? AND locked_at IS NULL")
                .setParameter(1, InitialPasswordRule.LOCK_LIMIT)
                .setParameter(2, Timestamp.valueOf(now))
                .setParameter(3, id)
                .executeUpdate() == 1;
    }

    /** Uses the initial password; false when another request used it, or it got locked, in the meantime. */
    public boolean useInitialPassword(long id, LocalDateTime now) {
        return em.createNativeQuery("UPDATE initial_password SET used_at = ? "
                        + "WHERE id = ? AND used_at IS NULL AND locked_at IS NULL AND superseded_at IS NULL")
                .setParameter(1, Timestamp.valueOf(now))
                .setParameter(2, id)
                .executeUpdate() == 1;
    }

    public void recordInitialPasswordUser(long id, long userId) {
        em.createNativeQuery("UPDATE initial_password SET used_by_user_id = ? WHERE id = ?")
                .setParameter(1, userId)
                .setParameter(2, id)
                .executeUpdate();
    }

    /** Replaces a contract's live initial password by the one registered next. */
    public void supersedeInitialPasswords(long organizationId, LocalDateTime now) {
        em.createNativeQuery("UPDATE initial_password SET superseded_at = ? "
                        + "WHERE organization_id = ? AND superseded_at IS NULL")
                .setParameter(1, Timestamp.valueOf(now))
                .setParameter(2, organizationId)
                .executeUpdate();
    }

    /** Counts a wrong code; false when its tries were used up already. */
    public boolean countCodeFailure(long id) {
        return em.createNativeQuery("UPDATE identity_check SET failed_attempts = failed_attempts + 1 "
                        + "WHERE id = ? AND failed_attempts < ? AND used_at IS NULL")
                .setParameter(1, id)
                .setParameter(2, OneTimeCodeRule.MAX_TRIES)
                .executeUpdate() == 1;
    }

    /** Uses the code; false when it was used, used up or superseded in the meantime. */
    public boolean useCode(long id, LocalDateTime now) {
        return em.createNativeQuery("UPDATE identity_check SET used_at = ? "
                        + "WHERE id = ? AND used_at IS NULL AND failed_attempts < ? AND superseded_at IS NULL")
                .setParameter(1, Timestamp.valueOf(now))
                .setParameter(2, id)
                .setParameter(3, OneTimeCodeRule.MAX_TRIES)
                .executeUpdate() == 1;
    }

    public void supersedeCodes(long userId, LocalDateTime now) {
        em.createNativeQuery("UPDATE identity_check SET superseded_at = ? WHERE user_id = ? AND superseded_at IS NULL")
                .setParameter(1, Timestamp.valueOf(now))
                .setParameter(2, userId)
                .executeUpdate();
    }
}
