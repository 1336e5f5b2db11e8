package jp.kojo.web.calendar;

import jakarta.ejb.EJB;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.kojo.calendar.boundary.ServiceCalendar;

/**
 * GET /api/calendar/{year} (public): the year's national holidays (those on a weekend too) and the bank's
 * closed days, not the ordinary Saturdays and Sundays.
 */
@Path("calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {
    @EJB
    ServiceCalendar calendar;

    @JsonbPropertyOrder({"date", "name", "kind"})
    public record Day(String date, String name, String kind) {
    }

    public record Problem(String message) {
    }

    @GET
    @Path("{year: [0-9]{4}}")
    public Response year(@PathParam("year") int year) {
        if (!calendar.available(year)) {
            return Response.status(Response.Status.NOT_FOUND)
                    .entity(new Problem("No service calendar for " + year + " / " + year + "年のカレンダーはありません"))
                    .build();
        }
        List<Day> days = calendar.closedDays(year).stream()
                .map(d -> new Day(d.date().toString(), d.name(), d.kind().name()))
                .toList();
        return Response.ok(days).build();
    }
}
