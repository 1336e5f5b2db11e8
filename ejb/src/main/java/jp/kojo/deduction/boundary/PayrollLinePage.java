package jp.kojo.deduction.boundary;

import java.util.List;

/** One page of a payroll cycle's lines and how many match the filter in all. */
public record PayrollLinePage(List<PayrollLineView> lines, long count) {
}
