package jp.kojo.web.api.v1;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jp.kojo.deduction.boundary.LineUpdate;

/**
 * The body of PATCH .../lines/{lineId}: {@code {"status":"NOT_DEDUCTED","reason":"RETIRED","note":...,
 * "paymentStop":false}} or {@code {"status":"DEDUCTED"}}. Read field by field with their JSON types, so a
 * wrong type is a 400 naming the field rather than a guess (JSON-B would read "yes" as false). Result fields
 * of the payroll type go here.
 */
public record LinePatch(String status, String reason, String note, Boolean paymentStop) {
    static LinePatch of(JsonObject body) {
        if (body == null) {
            throw new ApiProblem(400, "api.bodyRequired");
        }
        return new LinePatch(string(body, "status"), string(body, "reason"), string(body, "note"),
                bool(body, "paymentStop"));
    }

    LineUpdate toUpdate() {
        return new LineUpdate(status, reason, note, paymentStop);
    }

    private static String string(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new ApiProblem(400, "api.wrongType", field);
        }
        return body.getString(field);
    }

    private static Boolean bool(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return switch (value.getValueType()) {
            case TRUE -> true;
            case FALSE -> false;
            default -> throw new ApiProblem(400, "api.wrongType", field);
        };
    }
}
