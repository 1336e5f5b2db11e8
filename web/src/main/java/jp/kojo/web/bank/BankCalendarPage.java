package jp.kojo.web.bank;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kojo.calendar.boundary.CalendarChangeRefusedException;
import jp.kojo.calendar.boundary.ExtraClosedDayView;
import jp.kojo.calendar.boundary.MaintenanceView;
import jp.kojo.calendar.boundary.ServiceCalendar;
import jp.kojo.web.common.Messages;

/** カレンダー管理 (bank operators): extra closed days and maintenance windows. */
@Named
@ViewScoped
public class BankCalendarPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    ServiceCalendar calendar;

    private LocalDate closedDate;
    private String closedName;
    private String closedReason;
    private LocalDateTime windowStart;
    private LocalDateTime windowEnd;
    private String windowReason;
    /** Why a closed day is opened again or a window cancelled, typed in its row; keyed by date or window id. */
    private final Map<String, String> removalReasons = new HashMap<>();

    public List<ExtraClosedDayView> getExtraClosedDays() {
        return calendar.extraClosedDays();
    }

    public List<MaintenanceView> getWindows() {
        return calendar.maintenanceWindows();
    }

    public void addClosedDay() {
        try {
            calendar.addExtraClosedDay(closedDate, closedName, closedReason);
            Messages.info("bankCalendar.closedDayAdded");
            closedDate = null;
            closedName = null;
            closedReason = null;
        } catch (CalendarChangeRefusedException e) {
            // What the operator typed stays in the form.
            Messages.error("bankCalendar.refused." + e.reason().name());
        }
    }

    public void removeClosedDay(LocalDate date) {
        try {
            calendar.removeExtraClosedDay(date, removalReasons.get(date.toString()));
            removalReasons.remove(date.toString());
            Messages.info("bankCalendar.closedDayRemoved");
        } catch (CalendarChangeRefusedException e) {
            Messages.error("bankCalendar.refused.REMOVAL_REASON");
        }
    }

    public void addWindow() {
        try {
            calendar.scheduleMaintenance(windowStart, windowEnd, windowReason);
            Messages.info("bankCalendar.windowAdded");
            windowStart = null;
            windowEnd = null;
            windowReason = null;
        } catch (CalendarChangeRefusedException e) {
            Messages.error("bankCalendar.refused." + e.reason().name());
        }
    }

    public void cancelWindow(long id) {
        try {
            calendar.cancelMaintenance(id, removalReasons.get(String.valueOf(id)));
            removalReasons.remove(String.valueOf(id));
            Messages.info("bankCalendar.windowCancelled");
        } catch (CalendarChangeRefusedException e) {
            Messages.error("bankCalendar.refused.REMOVAL_REASON");
        }
    }

    public Map<String, String> getRemovalReasons() { return removalReasons; }

    public LocalDate getClosedDate() { return closedDate; }
    public void setClosedDate(LocalDate closedDate) { this.closedDate = closedDate; }
    public String getClosedName() { return closedName; }
    public void setClosedName(String closedName) { this.closedName = closedName; }
    public String getClosedReason() { return closedReason; }
    public void setClosedReason(String closedReason) { this.closedReason = closedReason; }
    public LocalDateTime getWindowStart() { return windowStart; }
    public void setWindowStart(LocalDateTime windowStart) { this.windowStart = windowStart; }
    public LocalDateTime getWindowEnd() { return windowEnd; }
    public void setWindowEnd(LocalDateTime windowEnd) { this.windowEnd = windowEnd; }
    public String getWindowReason() { return windowReason; }
    public void setWindowReason(String windowReason) { this.windowReason = windowReason; }
}
