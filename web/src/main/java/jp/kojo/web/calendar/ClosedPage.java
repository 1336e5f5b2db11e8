package jp.kojo.web.calendar;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import jp.kojo.calendar.boundary.ServiceCalendar;
import jp.kojo.calendar.boundary.ServiceHoursView;
import jp.kojo.calendar.boundary.ServiceStatus;
import jp.kojo.web.common.JapaneseFormats;

/** サービス時間外: why organisations cannot use the service now and when it opens again. */
@Named
@RequestScoped
public class ClosedPage {
    private static final DateTimeFormatter OPENING = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.JAPANESE);

    @EJB
    ServiceCalendar calendar;

    private ServiceStatus status;

    public ServiceStatus getStatus() {
        if (status == null) {
            status = calendar.status();
        }
        return status;
    }

    /** The next opening in Japanese form, e.g. 2026年12月2日(水) 8:00, whatever the screen language. */
    public String getNextOpening() {
        ServiceStatus current = getStatus();
        if (current.open()) {
            return "";
        }
        return OPENING.format(current.nextOpening()) + "(" + JapaneseFormats.weekday(current.nextOpening().toLocalDate())
                + ") " + JapaneseFormats.time(current.nextOpening().toLocalTime());
    }

    public String getReasonKey() {
        ServiceStatus current = getStatus();
        return current.open() ? "closed.nowOpen" : "closed.reason." + current.reason().name();
    }

    public ServiceHoursView getHours() {
        return calendar.hours();
    }

    public String time(java.time.LocalTime time) {
        return JapaneseFormats.time(time);
    }
}
