package jp.kojo.batch.requestload;

/** Trailer record: what the sender says the data records add up to. */
public record RequestTrailer(int line, long recordCount, long amountTotal) implements ParsedItem {
    @Override
    public RecordKind kind() {
        return RecordKind.TRAILER;
    }
}
