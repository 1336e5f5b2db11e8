package jp.kojo.web.batch;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.kojo.reminder.boundary.CutOffReminders;
import jp.kojo.reminder.boundary.ReminderRun;

/**
 * The batch administrator runs the cut-off reminders at once ({@code POST /api/batch/reminders/cut-off} with a
 * JSON body, e.g. {@code {}}), as the morning timer would: reminders already sent are not sent again.
 */
@Path("batch/reminders/cut-off")
@Produces(MediaType.APPLICATION_JSON)
public class CutOffRemindersResource {
    @EJB
    CutOffReminders reminders;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ReminderRun run(String ignored) {
        return reminders.runNow();
    }
}
