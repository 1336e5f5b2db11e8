package jp.kojo.deduction.boundary;

import jp.kojo.deduction.entity.Product;

/** What the user narrowed the list to; null or blank fields do not filter. */
public record LineFilter(String personNumber, String employeeNumber, String nameKana, Product product) {
    public static final LineFilter NONE = new LineFilter(null, null, null, null);
}
