package jp.kojo.batch.requestload;

import java.util.List;

/**
 * A record with field problems. {@code kind} is null when the record type is unknown or the record is too
 * short to tell; {@code amount} is the record's amount when that field itself was valid, so the trailer total
 * can still be checked.
 */
public record MalformedRecord(int line, RecordKind kind, List<Problem> problems, Long amount) implements ParsedItem {
    public MalformedRecord {
        problems = List.copyOf(problems);
    }
}
