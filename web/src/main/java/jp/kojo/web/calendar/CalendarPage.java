package jp.kojo.web.calendar;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.kojo.calendar.boundary.CalendarDay;
import jp.kojo.calendar.boundary.ServiceCalendar;
import jp.kojo.calendar.boundary.ServiceHoursView;
import jp.kojo.web.common.JapaneseFormats;

/** サービスカレンダー (public): a year's months with the closed days marked, and the list of them. */
@Named
@RequestScoped
public class CalendarPage {
    @EJB
    ServiceCalendar calendar;

    private Integer year;
    private List<CalendarDay> closedDays;
    private List<Month> months;

    /** One cell of a month's grid: day 0 is an empty cell before the first or after the last day. */
    public record Cell(int day, String styleClass, String label) {
    }

    public record Month(int number, List<List<Cell>> weeks) {
    }

    public void load() {
        if (year == null || !calendar.available(year)) {
            year = calendar.today().getYear();
        }
        closedDays = calendar.closedDays(year);
    }

    /** Built once per request: the page's repeats ask for the months more than once. */
    public List<Month> getMonths() {
        if (months == null) {
            months = buildMonths();
        }
        return months;
    }

    private List<Month> buildMonths() {
        Map<LocalDate, CalendarDay> closed = new HashMap<>();
        closedDays.forEach(d -> closed.put(d.date(), d));
        LocalDate today = calendar.today();
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            List<List<Cell>> weeks = new ArrayList<>();
            List<Cell> week = new ArrayList<>();
            // Weeks start on Sunday, as Japanese calendars do.
            int blanks = month.atDay(1).getDayOfWeek().getValue() % 7;
            for (int i = 0; i < blanks; i++) {
                week.add(new Cell(0, "kojo-cal-blank", ""));
            }
            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                LocalDate date = month.atDay(d);
                CalendarDay named = closed.get(date);
                String style;
                String label;
                if (named != null) {
                    style = "kojo-cal-closed kojo-cal-" + named.kind().name().toLowerCase(Locale.ROOT);
                    label = named.name();
                } else if (date.getDayOfWeek() == DayOfWeek.SUNDAY || date.getDayOfWeek() == DayOfWeek.SATURDAY) {
                    style = "kojo-cal-closed kojo-cal-weekend";
                    label = date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.JAPANESE);
                } else {
                    style = "kojo-cal-open";
                    label = "";
                }
                if (date.equals(today)) {
                    style += " kojo-cal-today";
                }
                week.add(new Cell(d, style, label));
                if (week.size() == 7) {
                    weeks.add(week);
                    week = new ArrayList<>();
                }
            }
            if (!week.isEmpty()) {
                while (week.size() < 7) {
                    week.add(new Cell(0, "kojo-cal-blank", ""));
                }
                weeks.add(week);
            }
            months.add(new Month(m, weeks));
        }
        return months;
    }

    public List<CalendarDay> getClosedDays() {
        return closedDays;
    }

    public String weekday(LocalDate date) {
        return JapaneseFormats.weekday(date);
    }

    public String time(java.time.LocalTime time) {
        return JapaneseFormats.time(time);
    }

    public boolean isPreviousAvailable() {
        return calendar.available(year - 1);
    }

    public boolean isNextAvailable() {
        return calendar.available(year + 1);
    }

    public ServiceHoursView getHours() {
        return calendar.hours();
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
}
