package jp.kojo.zaikei.boundary;

import java.io.Serializable;
import jp.kojo.zaikei.entity.ZaikeiChangeKind;
import jp.kojo.zaikei.entity.ZaikeiKind;

/** A contract with its amounts before and after the changes; {@code change} null when unchanged. */
public record ZaikeiDepositLineView(String savingsContract, String personNumber, String nameKana, java.time.LocalDate birthDate,
                                    ZaikeiKind kind,
                                    long previousMonthly, long previousBonus, long monthly, long bonus,
                                    boolean stopped, ZaikeiChangeKind change) implements Serializable {
}
