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
import jp.kojo.batch.boundary.BatchJobs;
import jp.kojo.batch.boundary.InvalidJobRequestException;
import jp.kojo.batch.boundary.JobExecutionView;

/**
 * Batch interchange for the bank's batch administrator and the host's scheduler: start, watch, stop,
 * restart and abandon job executions, and mark one that a crash left running as failed. Only JSON is accepted, which a cross-site form cannot send.
 */
@Path("batch/executions")
@Produces(MediaType.APPLICATION_JSON)
public class BatchExecutionsResource {
    @EJB
    BatchJobs jobs;

    public record StartRequest(String fileName, String format, String encoding) {
    }

    /** Both empty (or absent) for every sent cycle not exported yet. */
    public record ResultsOutRequest(String yearMonth, String kind) {
    }

    /** Both optional: keep {@code months} (at least 13), or purge the months before {@code before} (YYYY-MM). */
    public record RetentionRequest(String months, String before) {
    }

    public record Started(long executionId) {
    }

    /** {@code code} is the boundary's reason, stable for scripts; {@code message} is for people. */
    public record Problem(String code, String message) {
        static Problem of(InvalidJobRequestException e) {
            return new Problem(e.reason().name(), e.getMessage());
        }
    }

    @GET
    public List<JobExecutionView> recent(@QueryParam("max") Integer max) {
        return jobs.recentExecutions(max == null ? 50 : Math.min(max, 500));
    }

    @GET
    @Path("{id}")
    public JobExecutionView one(@PathParam("id") long id) {
        return jobs.execution(id).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{id}/report")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    public String report(@PathParam("id") long id) {
        return jobs.rejectionReport(id).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("deduction-request-load")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response startRequestLoad(StartRequest request) {
        try {
            long id = jobs.startRequestLoad(request.fileName(), request.format(), request.encoding());
            return Response.status(Response.Status.CREATED).entity(new Started(id)).build();
        } catch (InvalidJobRequestException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Problem.of(e)).build();
        }
    }

    @POST
    @Path("zaikei-statement-load")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response startZaikeiStatementLoad(StartRequest request) {
        try {
            long id = jobs.startZaikeiStatementLoad(request.fileName(), request.format(), request.encoding());
            return Response.status(Response.Status.CREATED).entity(new Started(id)).build();
        } catch (InvalidJobRequestException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Problem.of(e)).build();
        }
    }

    @POST
    @Path("collective-savings-load")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response startCollectiveSavingsLoad(StartRequest request) {
        try {
            long id = jobs.startCollectiveSavingsLoad(request.fileName(), request.format(), request.encoding());
            return Response.status(Response.Status.CREATED).entity(new Started(id)).build();
        } catch (InvalidJobRequestException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Problem.of(e)).build();
        }
    }

    @POST
    @Path("zaikei-deposit-out")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response startZaikeiDepositOut() {
        return Response.status(Response.Status.CREATED).entity(new Started(jobs.startZaikeiDepositOut())).build();
    }

    @POST
    @Path("retention-purge")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response startRetentionPurge(RetentionRequest request) {
        try {
            long id = request == null ? jobs.startRetentionPurge(null, null)
                    : jobs.startRetentionPurge(request.months(), request.before());
            return Response.status(Response.Status.CREATED).entity(new Started(id)).build();
        } catch (InvalidJobRequestException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Problem.of(e)).build();
        }
    }

    @POST
    @Path("deduction-results-out")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response startResultsOut(ResultsOutRequest request) {
        try {
            long id = request == null ? jobs.startResultsOut(null, null)
                    : jobs.startResultsOut(request.yearMonth(), request.kind());
            return Response.status(Response.Status.CREATED).entity(new Started(id)).build();
        } catch (InvalidJobRequestException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Problem.of(e)).build();
        }
    }

    @POST
    @Path("request-list-pdfs")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response startRequestListPdfs(ResultsOutRequest request) {
        try {
            long id = request == null ? jobs.startRequestListPdfs(null, null)
                    : jobs.startRequestListPdfs(request.yearMonth(), request.kind());
            return Response.status(Response.Status.CREATED).entity(new Started(id)).build();
        } catch (InvalidJobRequestException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Problem.of(e)).build();
        }
    }

    @POST
    @Path("{id}/restart")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response restart(@PathParam("id") long id) {
        try {
            return Response.status(Response.Status.CREATED).entity(new Started(jobs.restart(id))).build();
        } catch (InvalidJobRequestException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Problem.of(e)).build();
        }
    }

    /** Gives up a failed or stopped execution for good. */
    @POST
    @Path("{id}/abandon")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response abandon(@PathParam("id") long id) {
        try {
            jobs.abandon(id);
            return Response.noContent().build();
        } catch (InvalidJobRequestException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Problem.of(e)).build();
        }
    }

    /** Ends an execution that a crash left STARTED as FAILED, so that it can be restarted. */
    @POST
    @Path("{id}/mark-failed")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response markFailed(@PathParam("id") long id) {
        try {
            jobs.markFailed(id);
            return Response.noContent().build();
        } catch (InvalidJobRequestException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Problem.of(e)).build();
        }
    }

    @POST
    @Path("{id}/stop")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response stop(@PathParam("id") long id) {
        try {
            jobs.stop(id);
            return Response.noContent().build();
        } catch (InvalidJobRequestException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Problem.of(e)).build();
        }
    }
}
