package jp.kojo.web.api.v1;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jp.kojo.deduction.boundary.PayrollLineView;

/**
 * A line of a payroll-type cycle (賃金控除型): the request and the result side by side. {@code resultCode} is
 * DEDUCTED (全額控除), PARTIALLY_DEDUCTED (一部控除), NOT_DEDUCTED (控除不能) or null while the line has no
 * result; then {@code deductedAmount} and {@code difference} (requested − deducted) are null too.
 */
@JsonbNillable
@JsonbPropertyOrder({"id", "version", "lineNumber", "personNumber", "employeeNumber", "nameKana", "nameKanji",
        "product", "productCode", "requestedAmount", "resultCode", "deductedAmount", "difference", "reason", "note"})
public record PayrollLineJson(long id, long version, int lineNumber, String personNumber, String employeeNumber,
                              String nameKana, String nameKanji, String product, String productCode,
                              long requestedAmount, String resultCode, Long deductedAmount, Long difference,
                              String reason, String note) {
    static PayrollLineJson of(PayrollLineView l) {
        return new PayrollLineJson(l.id(), l.version(), l.lineNumber(), l.personNumber(), l.employeeNumber(),
                l.nameKana(), l.nameKanji(), l.product().name(), l.product().code(), l.requestedAmount(),
                l.resultCode() == null ? null : l.resultCode().name(), l.deductedAmount(), l.difference(),
                l.reason() == null ? null : l.reason().name(), l.note());
    }
}
