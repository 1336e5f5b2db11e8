package jp.kojo.zaikei.boundary;

import java.io.Serializable;
import jp.kojo.zaikei.entity.ZaikeiKind;

/** Totals of one savings kind; {@code kind} null for the grand total. */
public record ZaikeiKindTotal(ZaikeiKind kind, long contracts, long monthlyAmount, long bonusAmount, long balance) implements Serializable {
}
