package jp.kojo.batch.requestload;

/** What a parser yields: one record of the file, well-formed or not. */
public sealed interface ParsedItem
        permits RequestHeader, RequestRecord, RequestTrailer, RequestEnd, MalformedRecord {

    /** Line of the record in the file (its record number for a fixed file without separators). */
    int line();

    /** The record's kind; null when the record type itself is unknown. */
    RecordKind kind();
}
