package jp.kojo.web.api.v1;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jp.kojo.deduction.boundary.LumpSumLineView;

/**
 * A line as payroll software reads and changes it. {@code status} is DEDUCTED (the default: no result given)
 * or NOT_DEDUCTED; {@code version} goes back in If-Match. Result fields of the payroll type go here.
 */
@JsonbNillable
@JsonbPropertyOrder({"id", "version", "lineNumber", "personNumber", "employeeNumber", "nameKana", "nameKanji",
        "product", "productCode", "requestedAmount", "status", "reason", "note", "paymentStop"})
public record LineJson(long id, long version, int lineNumber, String personNumber, String employeeNumber,
                       String nameKana, String nameKanji, String product, String productCode, long requestedAmount,
                       String status, String reason, String note, boolean paymentStop) {
    static final String DEDUCTED = "DEDUCTED";
    static final String NOT_DEDUCTED = "NOT_DEDUCTED";

    static LineJson of(LumpSumLineView l) {
        return new LineJson(l.id(), l.version(), l.lineNumber(), l.personNumber(), l.employeeNumber(), l.nameKana(),
                l.nameKanji(), l.product().name(), l.product().code(), l.requestedAmount(),
                l.notDeducted() ? NOT_DEDUCTED : DEDUCTED, l.reason() == null ? null : l.reason().name(), l.note(),
                l.paymentStopped());
    }
}
