package jp.kojo.batch.requestload;

import java.io.Serializable;

/**
 * A data record that passed the field checks. {@code nameKana} is already full-width katakana;
 * {@code employeeNumber} is null when blank.
 */
public record RequestRecord(int line, String contractNumber, String personNumber, String employeeNumber,
                            String nameKana, String productCode, String branchCode, String accountNumber,
                            long amount) implements ParsedItem, Serializable {
    @Override
    public RecordKind kind() {
        return RecordKind.DATA;
    }
}
