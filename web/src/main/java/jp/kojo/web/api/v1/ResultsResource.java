package jp.kojo.web.api.v1;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import jp.kojo.deduction.boundary.ApplyReport;
import jp.kojo.deduction.boundary.MatchOutcome;
import jp.kojo.deduction.boundary.PayrollLinePage;
import jp.kojo.deduction.boundary.PayrollResultUploads;
import jp.kojo.deduction.boundary.ReconciliationView;
import jp.kojo.deduction.boundary.ResultMapping;

/**
 * 結果ファイルの取込 for payroll software (賃金控除型): the payroll system's result file uploaded with its column
 * mapping and answered as the reconciliation (nothing changed), its rows paged by outcome, and applied, all or
 * the chosen rows. Everything goes through {@link PayrollResultUploads}, which fences the caller's organisation;
 * an upload of another cycle answers 404 like another organisation's.
 */
@Path("v1/cycles/{cycleId}/results")
@JsonApi
@Produces(MediaType.APPLICATION_JSON)
public class ResultsResource {
    /** Rows of each outcome, and lines without a row, carried in a reconciliation; more through the pages. */
    static final int INLINE = 100;

    @EJB
    PayrollResultUploads uploads;

    /** 201 with the reconciliation; 422 with every problem (row, column, reason) for a bad file, nothing kept. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response upload(@PathParam("cycleId") long cycleId, JsonObject body) {
        ResultUploadRequest request = ResultUploadRequest.of(body);
        ResultMapping mapping = request.mapping() != null ? request.mapping() : uploads.mapping().orElse(null);
        ReconciliationView view = uploads.upload(cycleId, request.fileName(), new ByteArrayInputStream(request.file()),
                mapping);
        return Response.status(201).entity(reconciliation(view)).build();
    }

    @GET
    @Path("{uploadId}")
    public ReconciliationJson reconciliation(@PathParam("cycleId") long cycleId, @PathParam("uploadId") long uploadId) {
        return reconciliation(own(cycleId, uploadId));
    }

    @GET
    @Path("{uploadId}/rows")
    public ReconciliationJson.Rows rows(@PathParam("cycleId") long cycleId, @PathParam("uploadId") long uploadId,
                                        @QueryParam("outcome") String outcome, @QueryParam("offset") String offset,
                                        @QueryParam("limit") String limit) {
        own(cycleId, uploadId);
        MatchOutcome only = QueryParameters.constant("outcome", outcome, MatchOutcome.class, null);
        int first = QueryParameters.integer("offset", offset, 0, 0, Integer.MAX_VALUE);
        int size = QueryParameters.integer("limit", limit, CyclesResource.DEFAULT_LIMIT, 1, CyclesResource.MAX_LIMIT);
        return ReconciliationJson.RowJson.rows(uploads.rowCount(uploadId, only), uploads.rows(uploadId, only, first, size));
    }

    @GET
    @Path("{uploadId}/lines-without-row")
    public ReconciliationJson.Lines linesWithoutRow(@PathParam("cycleId") long cycleId,
                                                    @PathParam("uploadId") long uploadId,
                                                    @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        own(cycleId, uploadId);
        int first = QueryParameters.integer("offset", offset, 0, 0, Integer.MAX_VALUE);
        int size = QueryParameters.integer("limit", limit, CyclesResource.DEFAULT_LIMIT, 1, CyclesResource.MAX_LIMIT);
        PayrollLinePage page = uploads.linesWithoutRow(uploadId, first, size);
        return ReconciliationJson.Lines.of(page.count(), page.lines());
    }

    /** Applies the chosen rows (or all applicable); rows whose line changed since the upload are answered, not applied. */
    @POST
    @Path("{uploadId}/apply")
    @Consumes(MediaType.APPLICATION_JSON)
    public ApplyJson apply(@PathParam("cycleId") long cycleId, @PathParam("uploadId") long uploadId, JsonObject body) {
        own(cycleId, uploadId);
        ApplyRequest request = ApplyRequest.of(body);
        ApplyReport report = uploads.apply(uploadId, request.rowIds(), request.zeroReason(), request.zeroNote());
        return new ApplyJson(report.applied(), report.staleRows(), reconciliation(uploads.reconciliation(uploadId)));
    }

    /** The upload, when it is the caller's and of this cycle; else 404 as for one that does not exist. */
    private ReconciliationView own(long cycleId, long uploadId) {
        ReconciliationView view = uploads.reconciliation(uploadId);
        if (view.cycleId() != cycleId) {
            throw new ApiProblem(404, "payroll.refused.NO_SUCH_UPLOAD");
        }
        return view;
    }

    private ReconciliationJson reconciliation(ReconciliationView v) {
        long id = v.uploadId();
        PayrollLinePage without = uploads.linesWithoutRow(id, 0, INLINE);
        return ReconciliationJson.of(v, group(id, MatchOutcome.EQUAL, v.equal()),
                group(id, MatchOutcome.DIFFERENT, v.different()), group(id, MatchOutcome.OVER_REQUEST, v.overRequest()),
                group(id, MatchOutcome.UNMATCHED, v.unmatched()), group(id, MatchOutcome.AMBIGUOUS, v.ambiguous()),
                ReconciliationJson.Lines.of(without.count(), without.lines()));
    }

    private ReconciliationJson.Rows group(long uploadId, MatchOutcome outcome, long total) {
        return ReconciliationJson.RowJson.rows(total, total == 0 ? java.util.List.of() : uploads.rows(uploadId, outcome, 0, INLINE));
    }
}
