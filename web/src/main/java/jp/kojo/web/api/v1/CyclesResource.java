package jp.kojo.web.api.v1;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.kojo.deduction.boundary.LineRef;
import jp.kojo.deduction.boundary.LumpSumCycles;
import jp.kojo.deduction.boundary.LumpSumLinePage;

/**
 * まとめ入金 for payroll software: the organisation's cycles, their lines (paged, filtered like the screen),
 * one line's change on the version it read, the payment request, approval and sending. Everything goes through
 * {@link LumpSumCycles}, which fences the caller's organisation: another's cycle or line is 404.
 */
@Path("v1/cycles")
@JsonApi
@Produces(MediaType.APPLICATION_JSON)
public class CyclesResource {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    @EJB
    LumpSumCycles lumpSum;

    @GET
    public List<CycleJson> cycles() {
        return lumpSum.overview().stream().map(CycleJson::of).toList();
    }

    @GET
    @Path("{cycleId}")
    public CycleJson cycle(@PathParam("cycleId") long cycleId) {
        return CycleJson.of(lumpSum.cycle(cycleId));
    }

    @GET
    @Path("{cycleId}/lines")
    public LinePageJson lines(@PathParam("cycleId") long cycleId, @QueryParam("offset") String offset,
                              @QueryParam("limit") String limit, @QueryParam("notDeductedOnly") String notDeductedOnly) {
        int first = QueryParameters.integer("offset", offset, 0, 0, Integer.MAX_VALUE);
        int size = QueryParameters.integer("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        boolean only = QueryParameters.bool("notDeductedOnly", notDeductedOnly);
        LumpSumLinePage page = lumpSum.lines(cycleId, only, first, size);
        return new LinePageJson(page.count(), first, size, page.lines().stream().map(LineJson::of).toList());
    }

    @GET
    @Path("{cycleId}/lines/{lineId}")
    public Response line(@PathParam("cycleId") long cycleId, @PathParam("lineId") long lineId) {
        return withVersion(LineJson.of(lumpSum.line(cycleId, lineId)));
    }

    /** Changes the line on the version named in If-Match: 409 when someone saved it since, 422 for a rule. */
    @PATCH
    @Path("{cycleId}/lines/{lineId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateLine(@PathParam("cycleId") long cycleId, @PathParam("lineId") long lineId,
                               @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        long version = Versions.ifMatch(ifMatch);
        LinePatch patch = LinePatch.of(body);
        return withVersion(LineJson.of(lumpSum.update(cycleId, new LineRef(lineId, version), patch.toUpdate())));
    }

    @GET
    @Path("{cycleId}/payment-request")
    public PaymentRequestJson paymentRequest(@PathParam("cycleId") long cycleId) {
        return PaymentRequestJson.of(lumpSum.paymentRequest(cycleId));
    }

    @POST
    @Path("{cycleId}/payment-request/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public CycleJson approve(@PathParam("cycleId") long cycleId) {
        return CycleJson.of(lumpSum.approve(cycleId));
    }

    @POST
    @Path("{cycleId}/payment-request/send")
    @Consumes(MediaType.APPLICATION_JSON)
    public CycleJson send(@PathParam("cycleId") long cycleId) {
        return CycleJson.of(lumpSum.send(cycleId));
    }

    private static Response withVersion(LineJson line) {
        return Response.ok(line).tag(new EntityTag(Long.toString(line.version()))).build();
    }
}
