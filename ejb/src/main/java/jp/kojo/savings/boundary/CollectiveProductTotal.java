package jp.kojo.savings.boundary;

import java.io.Serializable;

/** Members contributing to a product and their amount; {@code product} null for the total of all products. */
public record CollectiveProductTotal(SavingsProduct product, long members, long amount) implements Serializable {
}
