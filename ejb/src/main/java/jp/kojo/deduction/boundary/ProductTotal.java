package jp.kojo.deduction.boundary;

import java.io.Serializable;
import jp.kojo.deduction.entity.Product;

/** Number of lines and requested total of one product within a list. */
public record ProductTotal(Product product, long lineCount, long requestedTotal) implements Serializable {
}
