package jp.kojo.deduction.boundary;

import java.util.List;

/** One page of a request list and the number of lines the filter matches in all. */
public record LinePage(List<DeductionLineView> lines, long matching) {
}
