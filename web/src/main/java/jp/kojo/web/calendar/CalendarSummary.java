package jp.kojo.web.calendar;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import jp.kojo.calendar.boundary.CalendarDay;
import jp.kojo.calendar.boundary.ServiceCalendar;
import jp.kojo.calendar.boundary.ServiceHoursView;
import jp.kojo.web.common.JapaneseFormats;

/** The front page's box: service and contact hours, and the next closed days besides weekends. */
@Named
@RequestScoped
public class CalendarSummary {
    private static final int SHOWN = 5;

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
        return JapaneseFormats.dateWithWeekday(date);
    }

    public String time(LocalTime time) {
        return JapaneseFormats.time(time);
    }
}
