package jp.kojo.reminder.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.kojo.calendar.boundary.ServiceCalendar;
import jp.kojo.platform.Roles;
import jp.kojo.reminder.control.CutOffReminderSender;
import jp.kojo.reminder.entity.ReminderKind;

/**
 * Reminder mails three business days before a cut-off to the users with the send right of every organisation
 * that has not sent. An EJB timer, not a batch job: the work is a few mails per organisation, with nothing to
 * checkpoint or restart. The timer is not persistent, so it runs on every node of a cluster; the reminder rows'
 * unique key makes each reminder go out once whichever node, or rerun, gets there first. The batch
 * administrator can run it at once ({@link #runNow()}), e.g. after an outage.
 */
@Stateless
public class CutOffReminders {
    private static final Logger LOG = Logger.getLogger(CutOffReminders.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    CutOffReminderSender sender;

    @Inject
    ServiceCalendar calendar;

    /** Answers how many mails went out. */
    @RolesAllowed(Roles.BATCH_ADMIN)
    public ReminderRun runNow() {
        return run();
    }

    /** Every morning at 7:30 Tokyo time, before the service opens. */
    // Persistent: in a cluster the timer fires on one node only (WildFly's distributable timers).
    @Schedule(hour = "7", minute = "30", timezone = "Asia/Tokyo", persistent = true)
    void scheduled() {
        ReminderRun run = run();
        LOG.info(() -> "Cut-off reminders: " + run.mails() + " mails to " + run.organizations() + " organisations");
    }

    private ReminderRun run() {
        // Organisations with lines in a cycle still to be paid and no reminder for it yet.
        List<Object[]> candidates = em.createQuery("SELECT DISTINCT l.organizationId, c.id FROM DeductionLine l "
                        + "JOIN l.cycle c WHERE c.deductionDate >= :today AND NOT EXISTS (SELECT r.id FROM ReminderSent r "
                        + "WHERE r.organizationId = l.organizationId AND r.cycleId = c.id AND r.kind = :kind)", Object[].class)
                .setParameter("today", calendar.today())
                .setParameter("kind", ReminderKind.CUT_OFF)
                .getResultList();
        int mails = 0;
        int organizations = 0;
        for (Object[] candidate : candidates) {
            try {
                int sent = sender.remind(((Number) candidate[0]).longValue(), ((Number) candidate[1]).longValue());
                mails += sent;
                organizations += sent > 0 ? 1 : 0;
            } catch (Exception e) {
                // Another node sent it first (unique key), or the mail server refused: the next run retries.
                LOG.log(Level.WARNING, "Cut-off reminder for organisation " + candidate[0] + ", cycle " + candidate[1]
                        + " not sent: " + e);
            }
        }
        return new ReminderRun(mails, organizations);
    }
}
