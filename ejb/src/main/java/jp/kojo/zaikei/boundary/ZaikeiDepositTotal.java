package jp.kojo.zaikei.boundary;

import java.io.Serializable;
import jp.kojo.zaikei.entity.ZaikeiKind;

/** What is deposited for one kind (null: all kinds), and how many contracts are saving. */
public record ZaikeiDepositTotal(ZaikeiKind kind, long savingContracts, long monthly, long bonus) implements Serializable {
}
