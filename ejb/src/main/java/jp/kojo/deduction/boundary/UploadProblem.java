package jp.kojo.deduction.boundary;

/**
 * One reason a result file was rejected: the row as a spreadsheet numbers it (the header is row 1; 0 for the
 * file as a whole), the column's header when one is at fault, and the value found.
 */
public record UploadProblem(int row, String column, Kind kind, String value) {
    public enum Kind {
        /** 10 MB or more. */
        TOO_LARGE,
        /** No header or no data rows. */
        EMPTY,
        /** Not valid in the chosen (or any detected) encoding. */
        ENCODING,
        /** Not readable as CSV (an open quote, say). */
        NOT_CSV,
        MISSING_COLUMN,
        MISSING_KEY,
        UNKNOWN_PRODUCT,
        NOT_A_NUMBER,
        NEGATIVE,
        /** The same person and product twice; the value names the earlier row. */
        DUPLICATE_KEY
    }
}
