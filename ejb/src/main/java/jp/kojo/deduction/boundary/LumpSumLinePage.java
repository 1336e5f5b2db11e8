package jp.kojo.deduction.boundary;

import java.util.List;

/** One page of a lump-sum cycle's lines and how many there are in all. */
public record LumpSumLinePage(List<LumpSumLineView> lines, long count) {
}
