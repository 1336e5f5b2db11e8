package jp.kojo.web.api.v1;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Fields of a JSON body read one by one with their JSON types, so a wrong type is a 400 naming the field and an
 * unknown name of a fixed list a 422 naming field and rule, rather than a guess.
 */
final class JsonFields {
    private JsonFields() {
    }

    static JsonObject body(JsonObject body) {
        if (body == null) {
            throw new ApiProblem(400, "api.bodyRequired");
        }
        return body;
    }

    static boolean absent(JsonObject body, String field) {
        JsonValue value = body.get(field);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }

    static String string(JsonObject body, String field) {
        if (absent(body, field)) {
            return null;
        }
        if (body.get(field).getValueType() != JsonValue.ValueType.STRING) {
            throw new ApiProblem(400, "api.payroll.wrongType", field);
        }
        return body.getString(field);
    }

    /** A whole number (yen, an id); 12.5 or "12" is a wrong type. */
    static Long whole(JsonObject body, String field) {
        if (absent(body, field)) {
            return null;
        }
        return whole(body.get(field), field);
    }

    static Long whole(JsonValue value, String field) {
        if (value.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) value).isIntegral()) {
            throw new ApiProblem(400, "api.payroll.wrongType", field);
        }
        try {
            return ((JsonNumber) value).bigIntegerValueExact().longValueExact();
        } catch (ArithmeticException tooLarge) {
            throw new ApiProblem(400, "api.payroll.wrongType", field);
        }
    }

    static JsonObject object(JsonObject body, String field) {
        if (absent(body, field)) {
            return null;
        }
        if (body.get(field).getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ApiProblem(400, "api.payroll.wrongType", field);
        }
        return body.getJsonObject(field);
    }

    /** A constant of {@code type} by name: 422 with the rule {@code UNKNOWN_<FIELD>} for any other name. */
    static <E extends Enum<E>> E constant(JsonObject body, String field, Class<E> type) {
        String name = string(body, field);
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            throw ApiProblem.rule(field, "UNKNOWN_" + field.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT),
                    "api.payroll.unknownValue", field, name);
        }
    }
}
