package jp.kojo.batch.requestload;

import java.time.LocalDate;
import java.time.YearMonth;
import jp.kojo.deduction.entity.CycleKind;

/** Header record. {@code creationDate} and {@code fileSequence} are null in the CSV variant. */
public record RequestHeader(int line, YearMonth yearMonth, CycleKind cycleKind, LocalDate deductionDate,
                            LocalDate creationDate, String fileSequence) implements ParsedItem {
    @Override
    public RecordKind kind() {
        return RecordKind.HEADER;
    }
}
