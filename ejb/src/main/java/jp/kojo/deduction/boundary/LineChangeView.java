package jp.kojo.deduction.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One entry of a line's history: field is one of result, reason, note, paymentStopped. */
public record LineChangeView(String changedBy, LocalDateTime changedAt, String field, String before, String after) implements Serializable {
}
