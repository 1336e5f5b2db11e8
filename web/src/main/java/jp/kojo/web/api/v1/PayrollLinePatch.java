package jp.kojo.web.api.v1;

import jakarta.json.JsonObject;
import jp.kojo.deduction.boundary.PayrollLineResult;
import jp.kojo.deduction.entity.NotDeductedReason;
import jp.kojo.deduction.entity.ResultCode;

/**
 * The body of PATCH .../lines/{lineId} for a payroll-type line: the line's result as a whole,
 * {@code {"resultCode":"PARTIALLY_DEDUCTED","deductedAmount":5000,"reason":"INSUFFICIENT_PAY","note":null}}.
 * The amount may be left out for DEDUCTED and NOT_DEDUCTED, whose amounts follow from the code; the rules are
 * the screen's ({@code PayrollResultRule}, applied by the boundary).
 */
record PayrollLinePatch(ResultCode resultCode, Long deductedAmount, NotDeductedReason reason, String note) {
    static PayrollLinePatch of(JsonObject json) {
        JsonObject body = JsonFields.body(json);
        return new PayrollLinePatch(JsonFields.constant(body, "resultCode", ResultCode.class),
                JsonFields.whole(body, "deductedAmount"), JsonFields.constant(body, "reason", NotDeductedReason.class),
                JsonFields.string(body, "note"));
    }

    PayrollLineResult toResult(long lineId, long version) {
        return new PayrollLineResult(lineId, version, resultCode, deductedAmount, reason, note);
    }
}
