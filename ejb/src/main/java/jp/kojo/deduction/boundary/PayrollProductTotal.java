package jp.kojo.deduction.boundary;

import java.io.Serializable;
import jp.kojo.deduction.entity.Product;

/**
 * Totals of one product (null for the whole list): lines, requested, deducted (lines with a result), the
 * difference requested − deducted over the lines with a result, and how many lines still have none.
 */
public record PayrollProductTotal(Product product, long lineCount, long requestedAmount, long deductedAmount,
                                  long differenceAmount, long withoutResult) implements Serializable {
}
