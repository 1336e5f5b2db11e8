package jp.kojo.zaikei.boundary;

import java.time.LocalDate;
import jp.kojo.zaikei.entity.ZaikeiChangeKind;
import jp.kojo.zaikei.entity.ZaikeiKind;

/**
 * A change the employer asks for: {@code savingsContract} for stop, amount change and resume; person number, kana
 * name, birth date and kind for a new enrolment. Amounts in yen (ignored for a stop).
 */
public record ZaikeiChangeRequest(ZaikeiChangeKind kind, String savingsContract, String personNumber, String nameKana,
                                  LocalDate birthDate, ZaikeiKind savingsKind, long monthly, long bonus) {
}
