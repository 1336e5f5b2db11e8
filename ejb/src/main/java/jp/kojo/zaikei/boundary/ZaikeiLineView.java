package jp.kojo.zaikei.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import jp.kojo.zaikei.entity.ZaikeiKind;

/** One savings contract of a statement; {@code balance} and {@code lastContribution} null when not given. */
public record ZaikeiLineView(long id, int lineNumber, String personNumber, String employeeNumber, String nameKana,
                             LocalDate birthDate, ZaikeiKind kind, String savingsContract, long monthlyAmount,
                             long bonusAmount, Long balance, LocalDate startDate, LocalDate lastContribution,
                             boolean stopped) implements Serializable {
}
