package jp.kojo.web.batch;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.kojo.batch.boundary.BatchSchedules;
import jp.kojo.batch.boundary.InvalidJobRequestException;
import jp.kojo.batch.boundary.JobStartRequest;
import jp.kojo.batch.boundary.ScheduledStartView;
import jp.kojo.web.batch.BatchExecutionsResource.Problem;

/**
 * Scheduled starts (予約実行) for the batch administrator and the host's scheduler: schedule a listed job's start
 * for a time ({@code at}, Tokyo, {@code yyyy-MM-ddTHH:mm[:ss]}) with the parameters a start takes and a reason,
 * list them, cancel one that has not started. Only JSON is accepted, as for executions.
 */
@Path("batch/schedules")
@Produces(MediaType.APPLICATION_JSON)
public class BatchSchedulesResource {
    @EJB
    BatchSchedules schedules;

    /** The start's parameters (those the job asks for), when, and why. */
    public record ScheduleRequest(String at, String reason, String fileName, String format, String encoding,
                                  String yearMonth, String kind, String months, String before) {
    }

    public record CancelRequest(String reason) {
    }

    public record Scheduled(long scheduleId) {
    }

    @GET
    public List<ScheduledStartView> recent(@QueryParam("max") Integer max) {
        return schedules.recent(max == null ? 50 : Math.min(max, 500));
    }

    @GET
    @Path("{id: \\d+}")
    public ScheduledStartView one(@PathParam("id") long id) {
        return schedules.one(id).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{job}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response schedule(@PathParam("job") String job, ScheduleRequest request) {
        ScheduleRequest r = request == null ? new ScheduleRequest(null, null, null, null, null, null, null, null, null)
                : request;
        try {
            long id = schedules.schedule(job, new JobStartRequest(r.fileName(), r.format(), r.encoding(),
                    r.yearMonth(), r.kind(), r.months(), r.before()), r.at(), r.reason());
            return Response.status(Response.Status.CREATED).entity(new Scheduled(id)).build();
        } catch (InvalidJobRequestException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Problem.of(e)).build();
        }
    }

    @POST
    @Path("{id: \\d+}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response cancel(@PathParam("id") long id, CancelRequest request) {
        try {
            schedules.cancel(id, request == null ? null : request.reason());
            return Response.noContent().build();
        } catch (InvalidJobRequestException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Problem.of(e)).build();
        }
    }
}
