package jp.kojo.calendar.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.kojo.audit.control.AuditTarget;
import jp.kojo.audit.control.AuditTrail;
import jp.kojo.audit.entity.AuditAction;
import jp.kojo.calendar.control.BusinessCalendar;
import jp.kojo.calendar.control.JapaneseHolidays;
import jp.kojo.calendar.control.ServiceHours;
import jp.kojo.calendar.control.ServiceHoursSettings;
import jp.kojo.calendar.entity.ExtraClosedDay;
import jp.kojo.calendar.entity.MaintenanceWindow;
import jp.kojo.calendar.entity.NationalHoliday;
import jp.kojo.platform.Roles;

/**
 * The service calendar: one answer to "is this a business day" and "n business days before" for every
 * deadline in Kojo, the service hours, and the closed days the public calendar shows. National holidays come
 * from the published table where it holds the year, else from the rules; the bank's December 31 to January 3
 * closing and the extra days the bank adds are closed too.
 */
@Stateless
@PermitAll
public class ServiceCalendar {
    /** How far ahead the front page looks for the next closed days. */
    private static final int UPCOMING_HORIZON_DAYS = 400;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    EJBContext context;

    @Inject
    AuditTrail audit;

    /** The year's national holidays (those on a weekend too), the bank's closing days and extra closed days. */
    public List<CalendarDay> closedDays(int year) {
        if (!available(year)) {
            throw new NoCalendarException(year);
        }
        return calendar().closedDays(year);
    }

    /** Whether the calendar can answer for the year. */
    public boolean available(int year) {
        return JapaneseHolidays.computable(year) || !publishedHolidays(year).isEmpty();
    }

    public boolean isBusinessDay(LocalDate date) {
        return calendar().isBusinessDay(date);
    }

    /** The day n business days before the date (the date itself not counted); see {@link BusinessCalendar}. */
    public LocalDate businessDaysBefore(LocalDate date, int n) {
        return calendar().businessDaysBefore(date, n);
    }

    /** Business days left from today until the deadline (the deadline counted, today not). */
    public int businessDaysUntil(LocalDate deadline) {
        return calendar().businessDaysBetween(today(), deadline);
    }

    public LocalDate nextBusinessDay(LocalDate date) {
        return calendar().nextBusinessDay(date);
    }

    /** The next closed days other than ordinary weekends, from today on. */
    public List<CalendarDay> upcomingClosedDays(int max) {
        LocalDate today = today();
        BusinessCalendar calendar = calendar();
        List<CalendarDay> upcoming = new ArrayList<>();
        for (int year = today.getYear(); upcoming.size() < max && year <= today.getYear() + 1; year++) {
            if (!available(year)) {
                break;
            }
            for (CalendarDay day : calendar.closedDays(year)) {
                if (!day.date().isBefore(today) && day.date().isBefore(today.plusDays(UPCOMING_HORIZON_DAYS))
                        && upcoming.size() < max) {
                    upcoming.add(day);
                }
            }
        }
        return upcoming;
    }

    /** Whether organisations can use the service now and, if not, when it opens. */
    public ServiceStatus status() {
        return serviceHours().at(ZonedDateTime.now(clock));
    }

    public ServiceHoursView hours() {
        return ServiceHoursSettings.current();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Now, in Tokyo time, by the application's clock. */
    public ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }

    /** Maintenance windows not yet over. */
    public List<MaintenanceView> maintenanceWindows() {
        return em.createNamedQuery(MaintenanceWindow.ENDING_AFTER, MaintenanceWindow.class)
                .setParameter("time", LocalDateTime.now(clock))
                .getResultStream()
                .map(w -> new MaintenanceView(w.getId(), w.getStartsAt(), w.getEndsAt(), w.getReason(), w.getCreatedBy()))
                .toList();
    }

    /** Extra closed days from today on. */
    @RolesAllowed(Roles.BANK_OPERATOR)
    public List<ExtraClosedDayView> extraClosedDays() {
        LocalDate today = today();
        return em.createNamedQuery(ExtraClosedDay.BETWEEN, ExtraClosedDay.class)
                .setParameter("from", today)
                .setParameter("to", today.plusYears(5))
                .getResultStream()
                .map(d -> new ExtraClosedDayView(d.getDate(), d.getName(), d.getReason(), d.getCreatedBy(), d.getCreatedAt()))
                .toList();
    }

    /** 臨時休業日: the bank closes the service on a business day, for a reason it records. */
    @RolesAllowed(Roles.BANK_OPERATOR)
    public void addExtraClosedDay(LocalDate date, String name, String reason) {
        requireText(name, 60);
        requireText(reason, 200);
        if (!date.isAfter(today())) {
            throw new CalendarChangeRefusedException(CalendarChangeRefusedException.Reason.IN_THE_PAST);
        }
        if (!isBusinessDay(date)) {
            throw new CalendarChangeRefusedException(CalendarChangeRefusedException.Reason.ALREADY_CLOSED);
        }
        em.persist(new ExtraClosedDay(date, name.strip(), reason.strip(), caller(), LocalDateTime.now(clock)));
        audit.record(AuditAction.CLOSED_DAY_ADDED, AuditTarget.NONE, reason, null, date + " " + name.strip());
    }

    /** Opens a closed day again; why is recorded in the audit log beside who and when. */
    @RolesAllowed(Roles.BANK_OPERATOR)
    public void removeExtraClosedDay(LocalDate date, String reason) {
        requireText(reason, 200);
        ExtraClosedDay day = em.find(ExtraClosedDay.class, date);
        if (day != null) {
            em.remove(day);
            audit.record(AuditAction.CLOSED_DAY_REMOVED, AuditTarget.NONE, reason.strip(), null,
                    date + " " + day.getName() + " (" + day.getReason() + ")");
        }
    }

    /** システムメンテナンス: organisations cannot use the service from start to end (Tokyo time). */
    @RolesAllowed(Roles.BANK_OPERATOR)
    public long scheduleMaintenance(LocalDateTime startsAt, LocalDateTime endsAt, String reason) {
        requireText(reason, 200);
        if (!endsAt.isAfter(startsAt)) {
            throw new CalendarChangeRefusedException(CalendarChangeRefusedException.Reason.ENDS_BEFORE_START);
        }
        if (!endsAt.isAfter(LocalDateTime.now(clock))) {
            throw new CalendarChangeRefusedException(CalendarChangeRefusedException.Reason.IN_THE_PAST);
        }
        MaintenanceWindow window = new MaintenanceWindow(startsAt, endsAt, reason.strip(), caller(),
                LocalDateTime.now(clock));
        em.persist(window);
        em.flush();
        audit.record(AuditAction.MAINTENANCE_SCHEDULED, AuditTarget.NONE, reason, null, startsAt + " - " + endsAt);
        return window.getId();
    }

    /** Cancels a maintenance window; why is recorded in the audit log beside who and when. */
    @RolesAllowed(Roles.BANK_OPERATOR)
    public void cancelMaintenance(long id, String reason) {
        requireText(reason, 200);
        MaintenanceWindow window = em.find(MaintenanceWindow.class, id);
        if (window != null) {
            em.remove(window);
            audit.record(AuditAction.MAINTENANCE_CANCELLED, AuditTarget.NONE, reason.strip(), null,
                    window.getStartsAt() + " - " + window.getEndsAt() + " (" + window.getReason() + ")");
        }
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static void requireText(String text, int max) {
        if (text == null || text.isBlank() || text.strip().length() > max) {
            throw new CalendarChangeRefusedException(CalendarChangeRefusedException.Reason.INVALID_TEXT);
        }
    }

    private ServiceHours serviceHours() {
        ServiceHoursView hours = hours();
        List<ServiceHours.Window> windows = maintenanceWindows().stream()
                .map(w -> new ServiceHours.Window(w.startsAt(), w.endsAt()))
                .toList();
        return new ServiceHours(calendar(), hours.opens(), hours.closes(), windows, clock.getZone());
    }

    private BusinessCalendar calendar() {
        return new BusinessCalendar(year -> {
            List<CalendarDay> days = new ArrayList<>(publishedHolidays(year));
            if (days.isEmpty() && JapaneseHolidays.computable(year)) {
                days.addAll(JapaneseHolidays.of(year));
            }
            em.createNamedQuery(ExtraClosedDay.BETWEEN, ExtraClosedDay.class)
                    .setParameter("from", LocalDate.of(year, 1, 1))
                    .setParameter("to", LocalDate.of(year, 12, 31))
                    .getResultStream()
                    .forEach(d -> days.add(new CalendarDay(d.getDate(), d.getName(), DayKind.EXTRA)));
            return days;
        });
    }

    private List<CalendarDay> publishedHolidays(int year) {
        return em.createNamedQuery(NationalHoliday.BETWEEN, NationalHoliday.class)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31))
                .getResultStream()
                .map(h -> new CalendarDay(h.getDate(), h.getName(), DayKind.HOLIDAY))
                .toList();
    }
}
