package jp.kojo.web.calendar;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import jp.kojo.calendar.boundary.CalendarDay;
import jp.kojo.calendar.boundary.ServiceCalendar;
import jp.kojo.calendar.boundary.ServiceHoursView;

/** The front page's box: service and contact hours, and the next closed days besides weekends. */
@Named
@RequestScoped
public class CalendarSummary {
    private static final int SHOWN = 5;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    @EJB
    ServiceCalendar calendar;

    private List<CalendarDay> upcoming;

    public List<CalendarDay> getUpcoming() {
        if (upcoming == null) {
            upcoming = calendar.upcomingClosedDays(SHOWN);
        }
        return upcoming;
    }

    public ServiceHoursView getHours() {
        return calendar.hours();
    }

    public boolean isOpenNow() {
        return calendar.status().open();
    }

    /** 2026/12/31(木), Japanese form in both languages. */
    public String date(LocalDate date) {
        return DATE.format(date) + "(" + date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.JAPANESE) + ")";
    }

    public String time(LocalTime time) {
        return DateTimeFormatter.ofPattern("H:mm").format(time);
    }
}
