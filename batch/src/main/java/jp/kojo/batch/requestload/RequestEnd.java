package jp.kojo.batch.requestload;

/** End record (fixed variant only). */
public record RequestEnd(int line) implements ParsedItem {
    @Override
    public RecordKind kind() {
        return RecordKind.END;
    }
}
