package jp.kojo.deduction.boundary;

import java.io.Serializable;
import java.util.List;

/** A payroll cycle's totals by product and for the whole list. */
public record PayrollTotals(List<PayrollProductTotal> products, PayrollProductTotal total) implements Serializable {
}
