package jp.kojo.deduction.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * An uploaded result file against the cycle's lines, before anything is applied: how many rows matched with
 * the requested amount (equal), with less (different), with more (over the request, not applicable), matched no
 * line or several, how many lines no row reached, and how many rows were applied so far. The rows themselves
 * are paged through {@link PayrollResultUploads#rows}.
 */
public record ReconciliationView(long uploadId, long cycleId, String fileName, UploadEncoding encoding,
                                 KeyKind keyKind, int rowCount, String uploadedBy, LocalDateTime uploadedAt,
                                 LocalDateTime expiresAt, boolean expired, long equal, long different,
                                 long overRequest, long unmatched, long ambiguous, long linesWithoutRow,
                                 long applied) implements Serializable {
    /** Rows that could still be applied. */
    public long applicable() {
        return equal + different - applied;
    }
}
