package jp.kojo.web.api.v1;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * Every refusal of the API: a message for people; for a broken rule also the field and the rule's name
 * (stable, for programs). Absent parts are left out of the JSON.
 */
@JsonbPropertyOrder({"message", "field", "rule"})
public record ApiError(String message, String field, String rule) {
    public static ApiError of(String message) {
        return new ApiError(message, null, null);
    }
}
