package jp.kojo.zaikei.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import jp.kojo.zaikei.entity.ZaikeiKind;

/** One alert; contract, kind and {@code since} only for a contract without contributions. */
public record ZaikeiAlertView(String kindJa, String kindEn, String personNumber, String nameKana,
                              String savingsContract, ZaikeiKind savingsKind, long amount, LocalDate since) implements Serializable {
}
