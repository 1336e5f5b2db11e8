package jp.kojo.zaikei.boundary;

import java.io.Serializable;
import jp.kojo.zaikei.entity.ZaikeiKind;

/** A contract the bank changed between two runs: {@code kind} as 新規, 解約・終了, 積立中止, 再開, 金額変更. */
public record ZaikeiChangeLineView(String kindJa, String kindEn, String savingsContract, String personNumber,
                                   String nameKana, ZaikeiKind savingsKind, long monthlyBefore, long bonusBefore,
                                   long monthlyAfter, long bonusAfter) implements Serializable {
}
