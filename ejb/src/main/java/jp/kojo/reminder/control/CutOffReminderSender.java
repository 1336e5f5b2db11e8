package jp.kojo.reminder.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import jp.kojo.account.entity.UserAccount;
import jp.kojo.calendar.boundary.ServiceCalendar;
import jp.kojo.deduction.control.DeductionRights;
import jp.kojo.deduction.control.OrganizationCycles;
import jp.kojo.deduction.entity.DeductionCycle;
import jp.kojo.deduction.entity.OrganizationCycle;
import jp.kojo.organization.entity.Organization;
import jp.kojo.reminder.entity.ReminderKind;
import jp.kojo.reminder.entity.ReminderSent;

/**
 * One organisation's cut-off reminder for one cycle, in a transaction of its own: the row that records it is
 * written and flushed first (its unique key refuses a second node or a rerun), then the mails go out; a
 * failed send rolls the row back, so the next run tries again.
 */
@Stateless
public class CutOffReminderSender {
    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/mail/Kojo")
    Session mail;

    @Inject
    Clock clock;

    @Inject
    ServiceCalendar calendar;

    @Inject
    OrganizationCycles cycles;

    /** Answers how many mails were sent: 0 when not due or already sent. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int remind(long organizationId, long cycleId) throws MessagingException {
        DeductionCycle cycle = em.find(DeductionCycle.class, cycleId);
        OrganizationCycle oc = cycles.findOrCreate(organizationId, cycle);
        LocalDate today = calendar.today();
        LocalDate reminderDay = calendar.businessDaysBefore(oc.getCutOffDate(), CutOffReminderRule.BUSINESS_DAYS_BEFORE);
        if (!CutOffReminderRule.due(today, reminderDay, oc.getCutOffDate(), oc.getStatus())) {
            return 0;
        }
        ReminderSent sent = new ReminderSent(organizationId, cycleId, ReminderKind.CUT_OFF, LocalDateTime.now(clock));
        em.persist(sent);
        em.flush();

        Organization organization = em.find(Organization.class, organizationId);
        List<UserAccount> recipients = em.createQuery("SELECT u FROM UserAccount u WHERE u.organization = :org "
                        + "AND u.email IS NOT NULL ORDER BY u.loginId", UserAccount.class)
                .setParameter("org", organization)
                .getResultStream()
                .filter(u -> !u.isDeleted() && !u.isLocked() && DeductionRights.maySend(u) && !u.getEmail().isBlank())
                .toList();
        String label = CutOffReminderMail.cycleLabel(cycle.getYearMonth(), cycle.getKind());
        int daysLeft = Math.max(0, calendar.businessDaysUntil(oc.getCutOffDate()));
        for (UserAccount user : recipients) {
            MimeMessage message = new MimeMessage(mail);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(user.getEmail()));
            message.setSubject(CutOffReminderMail.subject(label), StandardCharsets.UTF_8.name());
            message.setText(CutOffReminderMail.body(organization.getName(), user.getDisplayName(), label,
                    oc.getPaymentDate(), oc.getCutOffDate(), daysLeft), StandardCharsets.UTF_8.name());
            Transport.send(message);
        }
        sent.sentTo(recipients.size());
        return recipients.size();
    }
}
