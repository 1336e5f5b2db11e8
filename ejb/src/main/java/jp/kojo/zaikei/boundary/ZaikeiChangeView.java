package jp.kojo.zaikei.boundary;

import java.io.Serializable;
import jp.kojo.zaikei.entity.ZaikeiChangeKind;
import jp.kojo.zaikei.entity.ZaikeiKind;

/** A change in a deposit statement, as listed. */
public record ZaikeiChangeView(long id, ZaikeiChangeKind kind, String savingsContract, String personNumber,
                               String nameKana, ZaikeiKind savingsKind, long monthly, long bonus, String changedBy) implements Serializable {
}
