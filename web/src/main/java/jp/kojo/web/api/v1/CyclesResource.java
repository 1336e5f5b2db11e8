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
import jp.kojo.deduction.boundary.OrganizationCycleView;
import jp.kojo.deduction.boundary.PayrollCycles;
import jp.kojo.deduction.boundary.PayrollLinePage;
import jp.kojo.deduction.boundary.ResultFilter;

/**
 * The organisation's cycles for payroll software: their lines (paged, filtered like the screen), one line's
 * change on the version it read, approval and sending; for まとめ入金型 also the payment request. An organisation
 * of the payroll type (賃金控除型) gets its lines with the result fields and changes their results; everything
 * else is the lump-sum type's. Everything goes through {@link LumpSumCycles} or {@link PayrollCycles}, which
 * fence the caller's organisation: another's cycle or line is 404.
 */
@Path("v1/cycles")
@JsonApi
@Produces(MediaType.APPLICATION_JSON)
public class CyclesResource {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    @EJB
    LumpSumCycles lumpSum;

    @EJB
    PayrollCycles payroll;

    @GET
    public List<CycleJson> cycles() {
        return (payroll.available() ? payroll.overview() : lumpSum.overview()).stream().map(CycleJson::of).toList();
    }

    @GET
    @Path("{cycleId}")
    public CycleJson cycle(@PathParam("cycleId") long cycleId) {
        return CycleJson.of(payroll.available() ? payroll.cycle(cycleId) : lumpSum.cycle(cycleId));
    }

    /** Lump-sum: {@code notDeductedOnly}; payroll type: {@code result} (a {@link ResultFilter}). */
    @GET
    @Path("{cycleId}/lines")
    public Response lines(@PathParam("cycleId") long cycleId, @QueryParam("offset") String offset,
                          @QueryParam("limit") String limit, @QueryParam("notDeductedOnly") String notDeductedOnly,
                          @QueryParam("result") String result) {
        int first = QueryParameters.integer("offset", offset, 0, 0, Integer.MAX_VALUE);
        int size = QueryParameters.integer("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        if (payroll.available()) {
            ResultFilter filter = QueryParameters.constant("result", result, ResultFilter.class, ResultFilter.ALL);
            PayrollLinePage page = payroll.lines(cycleId, filter, first, size);
            return Response.ok(new PayrollLinePageJson(page.count(), first, size, filter.name(),
                    page.lines().stream().map(PayrollLineJson::of).toList())).build();
        }
        boolean only = QueryParameters.bool("notDeductedOnly", notDeductedOnly);
        LumpSumLinePage page = lumpSum.lines(cycleId, only, first, size);
        return Response.ok(new LinePageJson(page.count(), first, size, page.lines().stream().map(LineJson::of).toList()))
                .build();
    }

    @GET
    @Path("{cycleId}/lines/{lineId}")
    public Response line(@PathParam("cycleId") long cycleId, @PathParam("lineId") long lineId) {
        if (payroll.available()) {
            PayrollLineJson line = PayrollLineJson.of(payroll.line(cycleId, lineId));
            return withVersion(line, line.version());
        }
        LineJson line = LineJson.of(lumpSum.line(cycleId, lineId));
        return withVersion(line, line.version());
    }

    /**
     * Changes the line on the version named in If-Match (428 without it); 412 when someone saved it since. 422
     * for a broken rule, naming field and rule.
     */
    @PATCH
    @Path("{cycleId}/lines/{lineId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateLine(@PathParam("cycleId") long cycleId, @PathParam("lineId") long lineId,
                               @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        long version = Versions.ifMatch(ifMatch);
        if (payroll.available()) {
            PayrollLinePatch patch = PayrollLinePatch.of(body);
            PayrollLineJson line = PayrollLineJson.of(payroll.update(cycleId, patch.toResult(lineId, version)));
            return withVersion(line, line.version());
        }
        LinePatch patch = LinePatch.of(body);
        LineJson line = LineJson.of(lumpSum.update(cycleId, new LineRef(lineId, version), patch.toUpdate()));
        return withVersion(line, line.version());
    }

    /** 賃金控除型: totals by product of requested, deducted and the difference; 404 for a lump-sum organisation. */
    @GET
    @Path("{cycleId}/totals")
    public PayrollTotalsJson totals(@PathParam("cycleId") long cycleId) {
        return PayrollTotalsJson.of(payroll.totals(cycleId));
    }

    /** 承認 of either type: the payroll type once every line has a result, the lump-sum type's payment request. */
    @POST
    @Path("{cycleId}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public CycleJson approveCycle(@PathParam("cycleId") long cycleId) {
        OrganizationCycleView cycle = payroll.available() ? payroll.approve(cycleId) : lumpSum.approve(cycleId);
        return CycleJson.of(cycle);
    }

    /** 送信 of either type, until the end of the cut-off day. */
    @POST
    @Path("{cycleId}/send")
    @Consumes(MediaType.APPLICATION_JSON)
    public CycleJson sendCycle(@PathParam("cycleId") long cycleId) {
        return CycleJson.of(payroll.available() ? payroll.send(cycleId) : lumpSum.send(cycleId));
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

    /** The line with its version as the ETag, for the next If-Match. */
    private static Response withVersion(Object line, long version) {
        return Response.ok(line).tag(new EntityTag(Long.toString(version))).build();
    }
}
