package jp.kojo.deduction.boundary;

import jp.kojo.deduction.entity.Product;

/**
 * What the user narrowed the list to; null or blank fields do not filter. {@code change} keeps the lines of one
 * mark against the previous cycle (ENDED: only the ended ones), {@code status} the lines of one status
 * (NOT_DEDUCTED includes the payment-stopped ones).
 */
public record LineFilter(String personNumber, String employeeNumber, String nameKana, Product product,
                         LineChangeMark change, LineStatus status) {
    public static final LineFilter NONE = new LineFilter(null, null, null, null);

    public LineFilter(String personNumber, String employeeNumber, String nameKana, Product product) {
        this(personNumber, employeeNumber, nameKana, product, null, null);
    }

    /** Ended lines have no status: a status filter leaves none of them, and so does a filter by another mark. */
    public boolean endedLinesShown() {
        return status == null && (change == null || change == LineChangeMark.ENDED);
    }
}
