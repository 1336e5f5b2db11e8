package jp.kojo.web.api.v1;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import jp.kojo.deduction.entity.NotDeductedReason;

/**
 * The body of POST .../results/{uploadId}/apply: {@code rowIds} (the rows to apply; absent or null for every
 * applicable row) and, when a row of 0 yen is among them, {@code zeroReason} (and {@code zeroNote} for OTHER):
 * 0 yen is applied as 控除不能 with that reason.
 */
record ApplyRequest(List<Long> rowIds, NotDeductedReason zeroReason, String zeroNote) {
    static ApplyRequest of(JsonObject json) {
        JsonObject body = JsonFields.body(json);
        List<Long> rows = null;
        if (!JsonFields.absent(body, "rowIds")) {
            if (body.get("rowIds").getValueType() != JsonValue.ValueType.ARRAY) {
                throw new ApiProblem(400, "api.payroll.wrongType", "rowIds");
            }
            JsonArray array = body.getJsonArray("rowIds");
            rows = new ArrayList<>(array.size());
            for (JsonValue id : array) {
                rows.add(JsonFields.whole(id, "rowIds"));
            }
        }
        return new ApplyRequest(rows, JsonFields.constant(body, "zeroReason", NotDeductedReason.class),
                JsonFields.string(body, "zeroNote"));
    }
}
